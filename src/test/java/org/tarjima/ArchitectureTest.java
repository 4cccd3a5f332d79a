package org.tarjima;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the feature boundaries of STYLE.md honest. */
@AnalyzeClasses(packages = "org.tarjima", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule okapi_stays_in_its_adapters = noClasses()
            .that().resideOutsideOfPackage("org.tarjima.interchange.okapi..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.okapi..");

    @ArchTest
    static final ArchRule views_never_reach_repositories_or_sql = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule services_do_not_know_the_ui = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.tarjima.base..")
            .and().doNotHaveFullyQualifiedName("org.tarjima.Application")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule the_kernel_does_not_depend_on_features = noClasses()
            .that().resideInAPackage("org.tarjima.base.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.tarjima.project..", "org.tarjima.document..",
                    "org.tarjima.translation..");
}
