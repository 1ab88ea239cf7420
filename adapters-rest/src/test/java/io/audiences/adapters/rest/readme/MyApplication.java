package io.audiences.adapters.rest.readme;

// README:begin
import io.audiences.adapters.rest.AudiencesBundle;
import io.audiences.adapters.rest.AudiencesRestConfiguration;
import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.util.Set;

public class MyApplication extends Application<MyApplication.MyConfiguration> {

    public static class MyConfiguration extends Configuration implements AudiencesRestConfiguration {
    }

    private final UseCases audiences = UseCases.inMemory(); // or UseCases.over(your storage, …)

    @Override
    public void initialize(Bootstrap<MyConfiguration> bootstrap) {
        bootstrap.addBundle(new AudiencesBundle<>((configuration, environment) -> audiences));
    }

    @Override
    public void run(MyConfiguration configuration, Environment environment) {
        // In memory nothing exists yet: an account group, and a key that may act on it.
        var acme = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Acme", Plan.STARTER, false));
        String key = audiences.issueApiKey().issue(new IssueApiKeyCommand(Set.of(acme.id()),
                Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE), "first key")).secret().reveal();
        System.out.println("curl -H 'Authorization: Bearer " + key + "' http://localhost:8080/v1/accounts");
    }

    public static void main(String[] args) throws Exception {
        new MyApplication().run(args); // java … MyApplication server
    }
}
// README:end
