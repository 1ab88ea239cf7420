package io.audiences.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hexagon's boundaries. The POMs already keep most arrows out of the build; these rules keep
 * them out of the code too (a stray class in the wrong package, a cycle, a port that is not an interface).
 * Every rule fails when it matches no classes ({@code allowEmptyShould(false)}).
 */
public final class ArchitectureRules {

    public static final String DOMAIN = "io.audiences.domain..";
    public static final String APPLICATION = "io.audiences.application..";
    public static final String ADAPTERS = "io.audiences.adapters..";
    public static final String BOOTSTRAP = "io.audiences.bootstrap..";

    /** The domain is pure Java: it depends on the JDK and itself only. */
    public static final ArchRule DOMAIN_DEPENDS_ON_JAVA_ONLY = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .allowEmptyShould(false)
            .because("services embed the domain without any framework");

    /** The application depends on the JDK, the domain and itself only. */
    public static final ArchRule APPLICATION_DEPENDS_ON_JAVA_AND_DOMAIN_ONLY = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .allowEmptyShould(false)
            .because("an embedding service must not inherit Dropwizard, Jersey, JDBI or Jackson");

    /**
     * The domain's concepts, from the most basic: plans; account groups (on a plan); API keys (for
     * account groups) and audiences (in account groups, under a plan); folders (of audiences). The
     * refusals and the shared rules (ids, texts) in the root package are for all of them and know
     * none of them.
     */
    public static final ArchRule DOMAIN_CONCEPTS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Shared").definedBy("io.audiences.domain")
            .layer("Plans").definedBy("io.audiences.domain.plan..")
            .layer("AccountGroups").definedBy("io.audiences.domain.accountgroup..")
            .layer("ApiKeys").definedBy("io.audiences.domain.apikey..")
            .layer("Audiences").definedBy("io.audiences.domain.audience..")
            .layer("Folders").definedBy("io.audiences.domain.folder..")
            .whereLayer("Folders").mayNotBeAccessedByAnyLayer()
            .whereLayer("Audiences").mayOnlyBeAccessedByLayers("Folders")
            .whereLayer("ApiKeys").mayNotBeAccessedByAnyLayer()
            .whereLayer("AccountGroups").mayOnlyBeAccessedByLayers("ApiKeys", "Audiences", "Folders")
            .whereLayer("Plans").mayOnlyBeAccessedByLayers("AccountGroups", "Audiences")
            .whereLayer("Shared").mayOnlyAccessLayers("Shared")
            .allowEmptyShould(false);

    /** The layers of the hexagon, from the inside out; no layer reaches outwards. */
    public static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Adapters").definedBy(ADAPTERS)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap")
            .allowEmptyShould(false);

    /** Each adapter stands alone: they meet only in bootstrap, through the application's ports. */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("io.audiences.adapters.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(false);

    /** Only bootstrap itself knows bootstrap. */
    public static final ArchRule NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .allowEmptyShould(false);

    /** No cycles between packages, anywhere. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("io.audiences.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    /** Ports are interfaces: the use cases' contracts, implemented elsewhere. */
    public static final ArchRule PORTS_ARE_INTERFACES = classes()
            .that().resideInAnyPackage("io.audiences.application.port.in..", "io.audiences.application.port.out..")
            .should().beInterfaces()
            .allowEmptyShould(false);

    /** The most use cases one class of the REST adapter may depend on. */
    public static final int MOST_USE_CASES_PER_REST_CLASS = 8;

    /**
     * A class of the REST adapter depends on the use cases it calls, a handful: not on all of them
     * (the wiring hands each resource its own), so that a route added later does not grow a
     * resource that serves everything.
     */
    public static final ArchRule REST_CLASSES_DEPEND_ON_A_FEW_USE_CASES = classes()
            .that().resideInAPackage("io.audiences.adapters.rest..")
            .should(dependOnAtMost(MOST_USE_CASES_PER_REST_CLASS, "io.audiences.application.port.in"))
            .allowEmptyShould(false);

    /**
     * A resource is handed the use cases it calls, never the library's whole set ({@code UseCases}):
     * only the bundle, which wires them, sees it. Any package added to the REST adapter is covered.
     */
    public static final ArchRule RESOURCES_TAKE_ONLY_THEIR_USE_CASES = noClasses()
            .that().resideInAPackage("io.audiences.adapters.rest..")
            .and().haveNameNotMatching("io\\.audiences\\.adapters\\.rest\\.AudiencesBundle(\\$.*)?")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.audiences.application.UseCases")
            .allowEmptyShould(false);

    /** Words of HTTP that no name in the core may use: its answers are rendered by the REST adapter. */
    public static final Set<String> HTTP_WORDS = Set.of("status", "header", "body", "location", "http", "response",
            "mediatype", "contenttype");

    /**
     * The domain and the application hold no HTTP concept: no class, field or method named after a
     * status, header, body, {@code Location} or response, and none uses the JDK's HTTP packages.
     * (Their dependencies are already limited to the JDK; this keeps HTTP out of what they model, e.g.
     * an outcome kept as a status and a body.)
     */
    public static final ArchRule NO_HTTP_IN_THE_CORE = classes()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should(beNamedWithout(HTTP_WORDS))
            .andShould(ArchConditions.never(ArchConditions.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                    "java.net.http..", "com.sun.net.httpserver..").or(JavaClass.Predicates.assignableTo(HttpURLConnection.class)))))
            .allowEmptyShould(false);

    private static ArchCondition<JavaClass> beNamedWithout(Set<String> words) {
        return new ArchCondition<>("have no class, field or method named with " + new TreeSet<>(words)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> names = new ArrayList<>();
                names.add(javaClass.getSimpleName());
                javaClass.getFields().forEach(field -> names.add(field.getName()));
                javaClass.getMethods().stream().filter(method -> !method.getName().startsWith("lambda$"))
                        .forEach(method -> names.add(method.getName()));
                for (String name : names) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    words.stream().filter(lower::contains).findFirst().ifPresent(word -> events.add(SimpleConditionEvent.violated(
                            javaClass, javaClass.getName() + " names " + name + " (" + word + ")")));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnAtMost(int most, String packageName) {
        return new ArchCondition<>("depend on at most " + most + " use cases (interfaces in " + packageName + ")") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> useCases = new TreeSet<>();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    if (dependency.getTargetClass().getPackageName().equals(packageName)) {
                        useCases.add(dependency.getTargetClass().getSimpleName());
                    }
                }
                if (useCases.size() > most) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " depends on "
                            + useCases.size() + " use cases: " + useCases));
                }
            }
        };
    }

    private ArchitectureRules() {
    }
}
