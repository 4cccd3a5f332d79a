package org.tarjima.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tarjima.analysis.AnalysisReports;
import org.tarjima.analysis.Counts;
import org.tarjima.bench.SpringMockServlet;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.TmxService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/**
 * The Analysis action of the project page (Karibu, with the application's Spring context behind the mock servlet): the
 * document row's button and the project's opens the dialog with a table per locale.
 */
@TarjimaTest
class AnalysisDialogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy holder;
    @Autowired
    TestProjects projects;
    @Autowired
    TmxService tmx;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_analysis_action_of_a_document_opens_a_table_of_bands_per_locale_with_the_cost_for_a_manager() {
        String source = "en-x-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        tmx.importTmx(XliffSource.of(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test"
                 adminlang="en" srclang="%s" datatype="plaintext"/><body>
                <tu><tuv xml:lang="%s"><seg>Solar panels cover the roof of the old railway station.</seg></tuv>
                <tuv xml:lang="ru"><seg>Солнечные панели покрывают крышу старого вокзала.</seg></tuv></tu>
                </body></tmx>
                """).formatted(source, source).getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, "ru");
        TestProjects.Created created = projects.aProject().withSource(source).withTargets("ru", "kk")
                .withDocument(new TestProjects.Article("quote.txt", """
                        Solar panels cover the roof of the old railway station.

                        Purple elephants rarely negotiate mortgage rates with sleepy accountants.

                        Solar panels cover the roof of the old railway station.
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        new SpringMockServlet(context).openSession(holder);
        UI.getCurrent().navigate("projects/" + created.project().id());

        // The row's actions are rendered by the grid: the cell as the browser would get it.
        Grid<?> matrix = _get(Grid.class, spec -> spec.withId("document-matrix"));
        Component actions = GridKt._getCellComponent(matrix, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("analysis-open-" + created.document().id())));

        _get(Dialog.class, spec -> spec.withId("analysis-dialog"));
        Grid<AnalysisReports.Row> ru = _get(Grid.class, spec -> spec.withId("analysis-table-ru"));
        List<AnalysisReports.Row> rows = ru.getListDataView().getItems().toList();
        assertThat(rows).extracting(AnalysisReports.Row::label).containsExactly("101", "100", "95-99", "85-94", "75-84",
                "50-74", "none", "repetitions", "alreadyDone", "total");
        assertThat(rows.get(1).counts()).isEqualTo(new Counts(1, 10));
        assertThat(rows.get(6).counts()).isEqualTo(new Counts(1, 9));
        assertThat(rows.get(7).counts()).isEqualTo(new Counts(1, 10));
        _get(Grid.class, spec -> spec.withId("analysis-table-kk"));
        // The admin manages every project: costs (defaults: 0.10 USD a word) and both downloads are there.
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-cost-ru")).getText()).contains("1.50");
        _get(Anchor.class, spec -> spec.withId("analysis-download-csv"));
        _get(Anchor.class, spec -> spec.withId("analysis-download-html"));
    }

    @Test
    void the_project_actions_line_has_the_analysis_of_the_whole_project() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        new SpringMockServlet(context).openSession(holder);
        UI.getCurrent().navigate("projects/" + created.project().id());

        _click(_get(Button.class, spec -> spec.withId("analysis-open")));

        Grid<?> ru = _get(Grid.class, spec -> spec.withId("analysis-table-ru"));
        assertThat(ru.getListDataView().getItems().count()).isEqualTo(10);
    }
}
