package org.tarjima.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;

/** The new-project dialog (Karibu: no browser) sets pre-translation on import as it creates the project. */
@TarjimaTest
class NewProjectDialogTest {

    @Autowired
    ProjectService projects;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_project_created_with_pretranslate_as_translated_keeps_that_setting_and_off_is_the_default() {
        AtomicReference<ProjectSummary> created = new AtomicReference<>();
        NewProjectDialog dialog = new NewProjectDialog(projects, created::set);
        dialog.open();
        Select<PretranslateOnImport> pretranslate = LocatorJ._get(Select.class, spec -> spec.withId("project-pretranslate"));
        assertThat(pretranslate.getValue()).isEqualTo(PretranslateOnImport.OFF);

        String name = "Dialog " + UUID.randomUUID();
        LocatorJ._get(TextField.class, spec -> spec.withId("project-name")).setValue(name);
        pretranslate.setValue(PretranslateOnImport.TRANSLATED);
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("create-project")));

        assertThat(created.get()).isNotNull();
        assertThat(created.get().name()).isEqualTo(name);
        assertThat(created.get().pretranslate()).isEqualTo(PretranslateOnImport.TRANSLATED);
        assertThat(projects.find(created.get().id()).orElseThrow().pretranslate()).isEqualTo(PretranslateOnImport.TRANSLATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_are_marked_at_their_fields_and_nothing_is_created() {
        AtomicReference<ProjectSummary> created = new AtomicReference<>();
        NewProjectDialog dialog = new NewProjectDialog(projects, created::set);
        dialog.open();
        TextField name = LocatorJ._get(TextField.class, spec -> spec.withId("project-name"));
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> targets =
                LocatorJ._get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("project-targets"));
        targets.clear();
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("create-project")));

        assertThat(created.get()).isNull();
        assertThat(name.isInvalid()).isTrue();
        // Karibu runs without the message bundles: the key stands for the message.
        assertThat(name.getErrorMessage()).contains("project.error.nameRequired");
        assertThat(targets.isInvalid()).isTrue();
        assertThat(targets.getErrorMessage()).contains("project.error.targetsRequired");

        name.setValue("Fixed " + UUID.randomUUID());
        assertThat(name.isInvalid()).as("typing clears the mark").isFalse();
        targets.setValue(java.util.Set.of("en"));
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("create-project")));
        assertThat(targets.getErrorMessage()).contains("project.error.targetIsSource");
        assertThat(created.get()).isNull();
    }
}
