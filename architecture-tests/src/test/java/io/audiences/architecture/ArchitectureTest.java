package io.audiences.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules, over every production class of every module. */
@AnalyzeClasses(packages = "io.audiences", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnJavaOnly = ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY;

    @ArchTest
    static final ArchRule applicationDependsOnJavaAndDomainOnly = ArchitectureRules.APPLICATION_DEPENDS_ON_JAVA_AND_DOMAIN_ONLY;

    @ArchTest
    static final ArchRule domainConcepts = ArchitectureRules.DOMAIN_CONCEPTS;

    @ArchTest
    static final ArchRule layers = ArchitectureRules.LAYERS;

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule nothingButBootstrapDependsOnBootstrap = ArchitectureRules.NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP;

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule portsAreInterfaces = ArchitectureRules.PORTS_ARE_INTERFACES;

    @ArchTest
    static final ArchRule restClassesDependOnAFewUseCases = ArchitectureRules.REST_CLASSES_DEPEND_ON_A_FEW_USE_CASES;

    @ArchTest
    static final ArchRule resourcesTakeOnlyTheirUseCases = ArchitectureRules.RESOURCES_TAKE_ONLY_THEIR_USE_CASES;

    @ArchTest
    static final ArchRule noHttpInTheCore = ArchitectureRules.NO_HTTP_IN_THE_CORE;
}
