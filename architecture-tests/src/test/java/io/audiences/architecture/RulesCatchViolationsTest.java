package io.audiences.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.audiences.adapters.persistence.violation.PersistenceClassUsingBootstrap;
import io.audiences.adapters.rest.audience.violation.ResourceTakingEveryUseCase;
import io.audiences.adapters.rest.violation.RestClassUsingNineUseCases;
import io.audiences.adapters.rest.violation.RestClassUsingPersistence;
import io.audiences.application.port.out.ConcretePort;
import io.audiences.application.violation.ApplicationClassUsingRestAdapter;
import io.audiences.application.violation.CreationAnsweredFromTheCore;
import io.audiences.application.violation.OutcomeKeptAsAnAnswer;
import io.audiences.domain.plan.violation.PlanUsingAudiences;
import io.audiences.domain.violation.DomainClassUsingJdbi;
import io.audiences.domain.violation.cyclea.First;
import io.audiences.domain.violation.cycleb.Second;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that each rule bites: it reports a deliberately violating class from the test sources,
 * imported explicitly (together with what it depends on, so layer and slice rules see both ends),
 * and it fails outright when it matches no classes at all.
 */
class RulesCatchViolationsTest {

    static Stream<Arguments> rulesAndTheirViolators() {
        return Stream.of(
                Arguments.of("domain on java only", ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY,
                        new Class<?>[] {DomainClassUsingJdbi.class}, "DomainClassUsingJdbi"),
                Arguments.of("application on java and domain only", ArchitectureRules.APPLICATION_DEPENDS_ON_JAVA_AND_DOMAIN_ONLY,
                        new Class<?>[] {ApplicationClassUsingRestAdapter.class}, "ApplicationClassUsingRestAdapter"),
                Arguments.of("domain concepts", ArchitectureRules.DOMAIN_CONCEPTS,
                        new Class<?>[] {PlanUsingAudiences.class, io.audiences.domain.audience.AudienceType.class},
                        "PlanUsingAudiences"),
                Arguments.of("layers", ArchitectureRules.LAYERS,
                        new Class<?>[] {ApplicationClassUsingRestAdapter.class, io.audiences.adapters.rest.AudiencesBundle.class},
                        "ApplicationClassUsingRestAdapter"),
                Arguments.of("adapters apart", ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                        new Class<?>[] {RestClassUsingPersistence.class, io.audiences.adapters.persistence.AudiencesDatabase.class},
                        "RestClassUsingPersistence"),
                Arguments.of("nothing on bootstrap", ArchitectureRules.NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP,
                        new Class<?>[] {PersistenceClassUsingBootstrap.class}, "PersistenceClassUsingBootstrap"),
                Arguments.of("no cycles", ArchitectureRules.NO_PACKAGE_CYCLES,
                        new Class<?>[] {First.class, Second.class}, "cyclea"),
                Arguments.of("ports are interfaces", ArchitectureRules.PORTS_ARE_INTERFACES,
                        new Class<?>[] {ConcretePort.class}, "ConcretePort"),
                Arguments.of("a few use cases per REST class", ArchitectureRules.REST_CLASSES_DEPEND_ON_A_FEW_USE_CASES,
                        new Class<?>[] {RestClassUsingNineUseCases.class}, "RestClassUsingNineUseCases depends on 9 use cases"),
                Arguments.of("resources take only their use cases", ArchitectureRules.RESOURCES_TAKE_ONLY_THEIR_USE_CASES,
                        new Class<?>[] {ResourceTakingEveryUseCase.class}, "ResourceTakingEveryUseCase"),
                Arguments.of("no HTTP in the core", ArchitectureRules.NO_HTTP_IN_THE_CORE,
                        new Class<?>[] {OutcomeKeptAsAnAnswer.class}, "OutcomeKeptAsAnAnswer names status"),
                Arguments.of("no HTTP library in the core", ArchitectureRules.NO_HTTP_IN_THE_CORE,
                        new Class<?>[] {CreationAnsweredFromTheCore.class}, "java.net.http.HttpClient"));
    }

    @ParameterizedTest(name = "{0} reports its violator")
    @MethodSource("rulesAndTheirViolators")
    void eachRuleReportsADeliberateViolation(String name, ArchRule rule, Class<?>[] classes, String reported) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);

        EvaluationResult result = rule.evaluate(imported);

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(result.getFailureReport().toString()).contains(reported);
    }

    @ParameterizedTest(name = "{0} fails on no classes")
    @MethodSource("rulesAndTheirViolators")
    void eachRuleFailsWhenItMatchesNoClasses(String name, ArchRule rule, Class<?>[] ignored, String ignoredToo) {
        JavaClasses nothing = new ClassFileImporter().importClasses();

        assertThatThrownBy(() -> rule.check(nothing)).as(name).isInstanceOf(AssertionError.class);
    }
}
