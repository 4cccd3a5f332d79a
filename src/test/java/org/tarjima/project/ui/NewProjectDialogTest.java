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
}
