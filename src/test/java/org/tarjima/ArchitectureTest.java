package org.tarjima;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feature boundaries of STYLE.md honest: the domain and the UI each depend one way (no cycles between
 * features), the kernel in {@code base} knows no feature, nothing but the UI knows the UI, and views stay small enough
 * to read.
 */
@AnalyzeClasses(packages = "org.tarjima", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every feature package; {@code base} is the kernel they share, {@code shell} the frame above them all. */
    private static final String[] FEATURES = {"org.tarjima.project..", "org.tarjima.document..",
            "org.tarjima.translation..", "org.tarjima.interchange..", "org.tarjima.intake..", "org.tarjima.memory..",
            "org.tarjima.glossary..", "org.tarjima.qa..", "org.tarjima.review..", "org.tarjima.security..",
            "org.tarjima.jobs..", "org.tarjima.live..", "org.tarjima.locale..", "org.tarjima.demo..", "org.tarjima.api..",
            "org.tarjima.database..", "org.tarjima.shell..", "org.tarjima.spelling..", "org.tarjima.webhooks..",
            "org.tarjima.mail..", "org.tarjima.assignment..", "org.tarjima.notification..", "org.tarjima.analysis.."};

    /** The most services a view may be handed; a view needing more is a screen that wants a session object. */
    private static final int MAX_VIEW_DEPENDENCIES = 8;

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
    static final ArchRule the_kernel_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.tarjima.base..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    /** The security configuration names the sign-in view (Vaadin's own security needs the class); nothing else. */
    @ArchTest
    static final ArchRule nothing_outside_the_ui_depends_on_the_ui = noClasses()
            .that().resideOutsideOfPackage("org.tarjima..ui..")
            .and().doNotHaveFullyQualifiedName("org.tarjima.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("org.tarjima..ui..");

    @ArchTest
    static final ArchRule the_api_does_not_touch_sql = noClasses()
            .that().resideInAPackage("org.tarjima.api..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule the_ui_packages_depend_on_each_other_one_way = slices()
            .matching("org.tarjima.(*).ui..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_are_handed_few_services = classes()
            .that().resideInAPackage("org.tarjima..ui..")
            .should(haveAtMostConstructorParameters(MAX_VIEW_DEPENDENCIES));

    /** The features' domain (their UI left out) depends one way too: no feature reaches back into one that uses it. */
    @Test
    void the_domain_packages_depend_on_each_other_one_way() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/ui/"))
                .importPackages("org.tarjima");
        slices().matching("org.tarjima.(*)..").should().beFreeOfCycles().check(domain);
    }

    private static ArchCondition<JavaClass> haveAtMostConstructorParameters(int most) {
        return new ArchCondition<>("have at most " + most + " constructor parameters") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getConstructors().stream().filter(c -> c.getRawParameterTypes().size() > most).forEach(c ->
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " takes "
                                + c.getRawParameterTypes().size() + " constructor parameters (at most " + most + ")")));
            }
        };
    }

}
