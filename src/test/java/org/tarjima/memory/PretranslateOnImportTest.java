package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.jobs.Progress;
import org.tarjima.project.NewProject;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** A project that asks for it fills the NEW targets of an imported document from 100 % TM matches. */
@TarjimaTest
class PretranslateOnImportTest {

    private static final String WINTER = "Егеря каждую зиму считают снежных барсов в горах.";
    private static final String MAY = "Новый визит-центр откроется в мае.";

    @Autowired
    TmFixture fixture;
    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    TestProjects testProjects;
    @Autowired
    TranslationService translations;
    @Autowired
    RunAs runAs;

    /** A TM for a fresh pair with two Russian units from another project: segments 3 and 4 of protected-areas.txt. */
    private String tmWithTwoUnits() {
        String en = TmFixture.freshSource();
        TestProjects.Created earlier = fixture.document(en, "/memory/protected-areas.txt", "ru");
        fixture.confirm(earlier, "ru", 3, WINTER);
        fixture.confirm(earlier, "ru", 4, MAY);
        return en;
    }

    private ProjectSummary project(String source, PretranslateOnImport mode) {
        return projects.create(new NewProject("Prefill " + UUID.randomUUID(), source, List.of("ru", "kk"), mode));
    }

    @Test
    void an_import_fills_matching_new_targets_as_translated_with_origin_tm_and_says_how_many() {
        String en = tmWithTwoUnits();
        ProjectSummary project = project(en, PretranslateOnImport.TRANSLATED);
        assertThat(project.pretranslate()).isEqualTo(PretranslateOnImport.TRANSLATED);

        IncomingFiles.Imported imported = incoming.importReporting(project.id(), "protected-areas.txt",
                TestProjects.resource("/memory/protected-areas.txt"), Progress.NONE);

        assertThat(imported.pretranslated().mode()).isEqualTo(PretranslateOnImport.TRANSLATED);
        assertThat(imported.pretranslated().filled()).containsExactly(java.util.Map.entry("ru", 2), java.util.Map.entry("kk", 0));
        assertThat(imported.pretranslated().total()).isEqualTo(2);
        long document = imported.document().id();
        SegmentRow winter = testProjects.segment(document, "ru", 3);
        assertThat(winter.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(winter.target().plainText()).isEqualTo(WINTER);
        assertThat(testProjects.segment(document, "ru", 4).target().plainText()).isEqualTo(MAY);
        HistoryEntry history = translations.history(winter.segmentId(), "ru").get(0);
        assertThat(history.origin()).isEqualTo(Origin.TM);
        assertThat(history.newState()).isEqualTo(TargetState.TRANSLATED);
        // No match: left NEW; another locale without units: left NEW.
        assertThat(testProjects.segment(document, "ru", 6).state()).isEqualTo(TargetState.NEW);
        assertThat(testProjects.segment(document, "kk", 3).state()).isEqualTo(TargetState.NEW);
    }

    @Test
    void a_project_set_to_drafts_gets_drafts_and_can_be_switched_off_by_its_manager_only() {
        String en = tmWithTwoUnits();
        ProjectSummary project = project(en, PretranslateOnImport.DRAFT);
        String translator = fixture.userWithRole(project.id(), "ru", ProjectRole.TRANSLATOR);

        IncomingFiles.Imported imported = incoming.importReporting(project.id(), "a.txt",
                TestProjects.resource("/memory/protected-areas.txt"), Progress.NONE);
        assertThat(imported.pretranslated().total()).isEqualTo(2);
        SegmentRow winter = testProjects.segment(imported.document().id(), "ru", 3);
        assertThat(winter.state()).isEqualTo(TargetState.DRAFT);
        assertThat(translations.history(winter.segmentId(), "ru").get(0).origin()).isEqualTo(Origin.TM);

        assertThatThrownBy(() -> runAs.user(translator, () -> projects.setPretranslate(project.id(), PretranslateOnImport.OFF)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(projects.find(project.id()).orElseThrow().pretranslate()).isEqualTo(PretranslateOnImport.DRAFT);
        assertThat(projects.setPretranslate(project.id(), PretranslateOnImport.OFF).pretranslate())
                .isEqualTo(PretranslateOnImport.OFF);
        IncomingFiles.Imported again = incoming.importReporting(project.id(), "b.txt",
                TestProjects.resource("/memory/protected-areas.txt"), Progress.NONE);
        assertThat(again.pretranslated().total()).isZero();
        assertThat(testProjects.segment(again.document().id(), "ru", 3).state()).isEqualTo(TargetState.NEW);
    }

    @Test
    void with_the_setting_off_an_import_fills_nothing() {
        String en = tmWithTwoUnits();
        ProjectSummary project = project(en, null);
        assertThat(project.pretranslate()).isEqualTo(PretranslateOnImport.OFF);

        IncomingFiles.Imported imported = incoming.importReporting(project.id(), "protected-areas.txt",
                TestProjects.resource("/memory/protected-areas.txt"), Progress.NONE);

        assertThat(imported.pretranslated().mode()).isEqualTo(PretranslateOnImport.OFF);
        assertThat(imported.pretranslated().total()).isZero();
        for (int ordinal = 1; ordinal <= 6; ordinal++) {
            assertThat(testProjects.segment(imported.document().id(), "ru", ordinal).state()).isEqualTo(TargetState.NEW);
        }
    }

    @Test
    void an_xliff_keeps_the_targets_it_brings_and_only_its_empty_ones_are_filled() {
        String en = tmWithTwoUnits();
        ProjectSummary project = project(en, PretranslateOnImport.TRANSLATED);
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="visit.txt" source-language="%s" target-language="ru" datatype="plaintext">
                    <body>
                      <trans-unit id="1"><source>Rangers count snow leopards in the mountains every winter.</source>
                        <target state="translated">Зимой егеря считают барсов.</target></trans-unit>
                      <trans-unit id="2"><source>The new visitor centre opens in May.</source><target/></trans-unit>
                    </body>
                  </file>
                </xliff>
                """.formatted(en);

        IncomingFiles.Imported imported = incoming.importReporting(project.id(), "visit.xlf",
                xliff.getBytes(StandardCharsets.UTF_8), Progress.NONE);

        long document = imported.document().id();
        assertThat(testProjects.segment(document, "ru", 1).target().plainText()).isEqualTo("Зимой егеря считают барсов.");
        assertThat(translations.history(testProjects.segment(document, "ru", 1).segmentId(), "ru").get(0).origin())
                .isEqualTo(Origin.IMPORT);
        assertThat(testProjects.segment(document, "ru", 2).target().plainText()).isEqualTo(MAY);
        assertThat(imported.pretranslated().filled().get("ru")).isEqualTo(1);
    }
}
