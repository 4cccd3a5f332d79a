package org.tarjima.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.text.InlineText;
import org.tarjima.memory.ConcordanceHit;
import org.tarjima.memory.TmPair;
import org.tarjima.memory.TmxService;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.security.NewUser;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The TM screen as components (Karibu: no browser): search, delete with a confirmation, and who gets which tools. */
@TarjimaTest
class MemoryViewTest {

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmxService tmx;
    @Autowired
    ImportLimit importLimit;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private TestProjects.Created twoUnits(String en) {
        TestProjects.Created created = projects.aProject().withSource(en).withTargets("ru")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        confirm(created, 3, "Егеря каждую зиму считают снежных барсов в горах.");
        confirm(created, 6, "Егеря каждое лето считают снежных барсов в горах.");
        return created;
    }

    private void confirm(TestProjects.Created created, int ordinal, String text) {
        var row = projects.segment(created.document().id(), "ru", ordinal);
        translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of(text), row.version(), Origin.EDITOR));
    }

    private MemoryView open(String en) {
        MemoryView view = new MemoryView(memory, tmx, importLimit);
        UI.getCurrent().add(view);
        view.beforeEnter(null);
        view.reloadPairs(en, "ru");
        return view;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TmPair> chosenPair() {
        return LocatorJ._get(ComboBox.class, spec -> spec.withId("memory-pair"));
    }

    private static void search(String phrase) {
        LocatorJ._get(TextField.class, spec -> spec.withId("memory-query")).setValue(phrase);
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("memory-search")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_finds_both_units_and_deletes_one_after_confirming() {
        String en = "en-x-" + UUID.randomUUID().toString().substring(0, 8);
        twoUnits(en);
        open(en);
        // (Karibu runs without the message bundles: the pair's counts are checked, not the words around them.)
        assertThat(chosenPair().getValue()).isEqualTo(new TmPair(en, "ru", 2, 0));

        search("snow leopards");
        Grid<ConcordanceHit> grid = LocatorJ._get(Grid.class, spec -> spec.withId("memory-hits"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        ConcordanceHit first = GridKt._get(grid, 0);
        assertThat(first.target().plainText()).startsWith("Егеря");
        Button delete = (Button) GridKt._getCellComponent(grid, 0, "actions");
        LocatorJ._click(delete);
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class, spec -> spec.withId("memory-delete-dialog"));
        assertThat(GridKt._size(grid)).as("nothing is deleted before the confirmation").isEqualTo(2);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).unitId()).isNotEqualTo(first.unitId());
        assertThat(chosenPair().getValue()).isEqualTo(new TmPair(en, "ru", 1, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_translator_searches_but_gets_no_import_export_or_delete() {
        String en = "en-x-" + UUID.randomUUID().toString().substring(0, 8);
        TestProjects.Created created = twoUnits(en);
        String name = "tmv-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(new NewUser(name, name, "tm-view-password", false));
        users.grant(name, new UserService.RoleRequest(created.project().id(), "ru", ProjectRole.TRANSLATOR));

        runAs.user(name, () -> {
            open(en);
            search("winter");
            Grid<ConcordanceHit> grid = LocatorJ._get(Grid.class, spec -> spec.withId("memory-hits"));
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(grid.getColumnByKey("actions")).isNull();
            LocatorJ._assertNone(Button.class, spec -> spec.withId("memory-import"));
            return null;
        });
    }
}
