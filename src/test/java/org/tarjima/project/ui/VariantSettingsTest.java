package org.tarjima.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.PivotSetting;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The pivot and linked-variant settings of the project page (Karibu), against the real service. */
@TarjimaTest
class VariantSettingsTest {

    @Autowired
    ProjectService projects;
    @Autowired
    TestProjects testProjects;

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
    void a_manager_picks_the_pivot_and_links_a_script_variant_from_the_pairs_that_have_a_conversion() {
        ProjectSummary project = testProjects.aProject().withTargets("ru", "kk", "kk-Latn", "uz").create();
        VariantSettings settings = new VariantSettings(projects);
        UI.getCurrent().add(settings);
        settings.show(project);

        Select<String> pivot = LocatorJ._get(Select.class, spec -> spec.withId("project-pivot-setting"));
        CheckboxGroup<LinkedLocale> links = LocatorJ._get(CheckboxGroup.class, spec -> spec.withId("project-linked-locales"));
        assertThat(pivot.getValue()).isEqualTo(PivotSetting.DEFAULT);
        assertThat(links.getListDataView().getItems()).containsExactly(new LinkedLocale("kk-Latn", "kk"));

        LocatorJ._setValue(pivot, PivotSetting.NONE);
        LocatorJ._setValue(links, Set.of(new LinkedLocale("kk-Latn", "kk")));

        assertThat(projects.pivot(project.id()).pivot()).isEmpty();
        assertThat(projects.linkedLocales(project.id())).containsExactly(new LinkedLocale("kk-Latn", "kk"));
    }
}
