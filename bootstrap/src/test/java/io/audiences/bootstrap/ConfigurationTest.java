package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.bootstrap.database.EmbeddedH2;
import io.audiences.bootstrap.server.AudiencesServerFactory;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.plan.PlanLimits;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Section 8's configuration keys, as Dropwizard reads them. */
class ConfigurationTest {

    /** Built as the application's bootstrap builds it (which, among others, refuses unknown keys). */
    private final ConfigurationFactory<AudiencesConfiguration> factory = new DefaultConfigurationFactoryFactory<AudiencesConfiguration>()
            .create(AudiencesConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    private AudiencesConfiguration parse(String yaml) throws Exception {
        return factory.build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    @Test
    void withoutAFileTheDefaultsAreTheEmbeddedH2AndTheContractsLimits() throws Exception {
        AudiencesConfiguration defaults = factory.build();

        assertThat(defaults.getDataSourceFactory().getUrl()).isEqualTo("jdbc:h2:file:./data/audiences");
        assertThat(defaults.getDataSourceFactory().getDriverClass()).isEqualTo("org.h2.Driver");
        assertThat(defaults.getRateLimit().limitForPeriod()).isEqualTo(120);
        assertThat(defaults.getRateLimit().refreshPeriod().toSeconds()).isEqualTo(60);
        assertThat(defaults.getFailedAuthenticationLimit().limitForPeriod()).isEqualTo(600);
        assertThat(defaults.getFailedAuthenticationLimit().refreshPeriod().toSeconds()).isEqualTo(60);
        assertThat(defaults.getPlans().toCatalog()).isEqualTo(PlanCatalog.defaults());
        assertThat(defaults.isDemo()).isFalse();
    }

    @Test
    void theContractsExampleFileIsReadKeyForKey() throws Exception {
        AudiencesConfiguration configuration = parse("""
                database:
                  driverClass: org.postgresql.Driver
                  url: jdbc:postgresql://db:5432/audiences
                  user: audiences
                  password: secret
                rateLimit:
                  limitForPeriod: 30
                  refreshPeriod: 10s
                plans:
                  tester:     { maxAudiences: 1,    maxMonitoringAudiences: 0, maxProspectsPerAudience: 10 }
                  starter:    { maxAudiences: 10,   maxMonitoringAudiences: 1 }
                  scale:      { maxAudiences: 100,  maxMonitoringAudiences: 10 }
                  enterprise: { maxAudiences: null, maxMonitoringAudiences: null }
                """);

        assertThat(configuration.getDataSourceFactory().getUrl()).isEqualTo("jdbc:postgresql://db:5432/audiences");
        assertThat(configuration.getDataSourceFactory().getMaxWaitForConnection().toSeconds())
                .as("a database block of its own keeps the bounded defaults").isEqualTo(2);
        assertThat(configuration.getDataSourceFactory().getValidationQueryTimeout()).hasValueSatisfying(
                timeout -> assertThat(timeout.toSeconds()).isEqualTo(1));
        assertThat(configuration.getRateLimit().limitForPeriod()).isEqualTo(30);
        assertThat(configuration.getRateLimit().refreshPeriod().toSeconds()).isEqualTo(10);
        PlanCatalog plans = configuration.getPlans().toCatalog();
        assertThat(plans.limitsOf(Plan.TESTER)).isEqualTo(new PlanLimits(1, 0, 10));
        assertThat(plans.limitsOf(Plan.STARTER)).isEqualTo(new PlanLimits(10, 1, 1_000));
        assertThat(plans.limitsOf(Plan.SCALE)).isEqualTo(new PlanLimits(100, 10, 2_000));
        assertThat(plans.limitsOf(Plan.ENTERPRISE)).isEqualTo(PlanLimits.UNLIMITED);
    }

    @Test
    void aPlanKeyLeftOutKeepsItsDefaultAndNullMeansUnlimited() throws Exception {
        PlanCatalog plans = parse("""
                plans:
                  starter: { maxMonitoringAudiences: 5 }
                  scale: { maxAudiences: null }
                """).getPlans().toCatalog();

        assertThat(plans.limitsOf(Plan.STARTER)).isEqualTo(new PlanLimits(50, 5, 1_000));
        assertThat(plans.limitsOf(Plan.SCALE)).isEqualTo(new PlanLimits(null, 20, 2_000));
        assertThat(plans.limitsOf(Plan.TESTER)).isEqualTo(new PlanLimits(5, 0, 100));
    }

    @Test
    void theServerIsDropwizardsDefaultHardenedWithOrWithoutAServerBlock() throws Exception {
        assertThat(factory.build().getServerFactory()).isInstanceOf(AudiencesServerFactory.class);
        assertThat(parse("server:\n  maxThreads: 300\n").getServerFactory()).isInstanceOf(AudiencesServerFactory.class);
        assertThat(parse("server:\n  type: audiences\n").getServerFactory()).isInstanceOf(AudiencesServerFactory.class);
        assertThat(parse("server:\n  type: default\n").getServerFactory()).isExactlyInstanceOf(io.dropwizard.core.server.DefaultServerFactory.class);
        assertThat(parse("server:\n  type: simple\n").getServerFactory()).isInstanceOf(io.dropwizard.core.server.SimpleServerFactory.class);

        AudiencesServerFactory server = (AudiencesServerFactory) factory.build().getServerFactory();
        assertThat(server.connectionLimit()).isEqualTo((1024 - 32) / 2);
        assertThat(((AudiencesServerFactory) parse("server:\n  maxThreads: 300\n").getServerFactory()).connectionLimit())
                .isEqualTo((300 - 32) / 2);
        assertThat(server.requestHeaderTimeout().toSeconds()).isEqualTo(10);
        assertThat(server.requestTimeout().toSeconds()).isEqualTo(30);
    }

    @Test
    void moreConnectionsThanTheThreadPoolCanServeAreRefusedAtStart() {
        assertThatThrownBy(() -> parse("server:\n  maxThreads: 100\n  maxConnections: 50\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxThreads must be at least");
    }

    @Test
    void unknownKeysAndImpossibleValuesAreRefusedAtStart() {
        assertThatThrownBy(() -> parse("plans:\n  gold: { maxAudiences: 1 }\n")).as("unknown plan")
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("the plans are tester, starter, scale, enterprise");
        assertThatThrownBy(() -> parse("plans:\n  tester: { maxAudience: 1 }\n")).as("unknown plan limit")
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("its limits are maxAudiences, maxMonitoringAudiences and maxProspectsPerAudience");
        assertThatThrownBy(() -> parse("rateLimit:\n  limitForPeriod: 0\n")).as("no requests")
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> parse("plans:\n  tester: { maxAudiences: -1 }\n")).as("negative limit")
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> parse("pagination:\n  cursorSecret: short\n")).as("short secret")
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> parse("idempotency:\n  retention: 0s\n")).as("no retention")
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void keptOutcomesAreRetained24HoursUnlessTheFileSaysOtherwise() throws Exception {
        assertThat(parse("logging:\n  level: WARN\n").getIdempotency().retention()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(parse("idempotency:\n  retention: 2h\n").getIdempotency().retention()).isEqualTo(java.time.Duration.ofHours(2));
    }

    @Test
    void h2FilesAreSharedWithTheCommandsAndWrittenAtEachCommitOtherUrlsAreLeftAlone() {
        assertThat(EmbeddedH2.withSettings("jdbc:h2:file:./data/audiences"))
                .isEqualTo("jdbc:h2:file:./data/audiences;AUTO_SERVER=TRUE;PAGE_SIZE=4096;WRITE_DELAY=0");
        assertThat(EmbeddedH2.withSettings("jdbc:h2:./x;AUTO_SERVER=FALSE;write_delay=100;page_size=16384"))
                .isEqualTo("jdbc:h2:./x;AUTO_SERVER=FALSE;write_delay=100;page_size=16384");
        assertThat(EmbeddedH2.withSettings("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(EmbeddedH2.withSettings("jdbc:h2:tcp://db/x")).isEqualTo("jdbc:h2:tcp://db/x");
        assertThat(EmbeddedH2.withSettings("jdbc:postgresql://db/a")).isEqualTo("jdbc:postgresql://db/a");
    }
}
