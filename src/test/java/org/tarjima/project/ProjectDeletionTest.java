package org.tarjima.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** Deleting a project or a document: everything in it goes, in one step; the translation memory as the manager chose. */
@TarjimaTest
class ProjectDeletionTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    ProjectService projectService;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;

    private TestProjects.Created translatedProject(String sentence, String russian) {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(new TestProjects.Article(
                "deleted.txt", sentence.getBytes(StandardCharsets.UTF_8)));
        SegmentRow row = projects.segment(created.document().id(), "ru", 1);
        translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of(russian), 0, Origin.EDITOR));
        return created;
    }

    private List<Long> tmUnitsOf(long projectId) {
        return jdbc.sql("select id from tm_unit where project_id = ?").param(projectId).query(Long.class).list();
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Long.class).single();
    }

    private long unitsAmong(List<Long> ids) {
        return jdbc.sql("select count(*) from tm_unit where id in (:ids)").param("ids", ids).query(Long.class).single();
    }

    @Test
    void a_deleted_project_takes_its_documents_and_translations_and_keeps_its_tm_units_when_asked() {
        TestProjects.Created created = translatedProject("The steppe was quiet that morning.", "Степь в то утро молчала.");
        long project = created.project().id();
        List<Long> units = tmUnitsOf(project);
        assertThat(units).hasSize(1);

        projectService.delete(project, true);

        assertThat(projectService.find(project)).isEmpty();
        assertThat(count("document", "project_id", project)).isZero();
        assertThat(count("target", "document_id", created.document().id())).isZero();
        assertThat(unitsAmong(units)).as("the translation memory keeps the unit for every other project").isEqualTo(1);
    }

    @Test
    void a_manager_may_drop_the_projects_tm_units_with_it_and_other_projects_keep_theirs() {
        TestProjects.Created dropped = translatedProject("The river ran fast after the rain.", "После дождя река бежала быстро.");
        TestProjects.Created kept = translatedProject("The mountains were covered in snow.", "Горы были покрыты снегом.");
        List<Long> droppedUnits = tmUnitsOf(dropped.project().id());
        String manager = users.create("deleting-manager", TestUsers.manager(dropped.project().id()));

        runAs.user(manager, () -> {
            projectService.delete(dropped.project().id(), false);
            return null;
        });

        assertThat(unitsAmong(droppedUnits)).isZero();
        assertThat(tmUnitsOf(kept.project().id())).hasSize(1);
        assertThat(projectService.find(kept.project().id())).isPresent();
    }

    @Test
    void only_a_manager_deletes_and_a_refusal_changes_nothing() {
        TestProjects.Created created = translatedProject("Nothing will be deleted.", "Ничего не удалится.");
        long project = created.project().id();
        String translator = users.create("not-deleting-translator", TestUsers.translator(project, "ru"));

        assertThatThrownBy(() -> runAs.user(translator, () -> {
            projectService.delete(project, false);
            return null;
        })).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(translator, () -> {
            documents.delete(created.document().id());
            return null;
        })).isInstanceOf(NotPermittedException.class);

        assertThat(projectService.find(project)).isPresent();
        assertThat(documents.find(created.document().id())).isPresent();
        assertThat(tmUnitsOf(project)).hasSize(1);
        assertThatThrownBy(() -> projectService.delete(Long.MAX_VALUE, true)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_deleted_document_goes_with_its_translations_and_its_project_stays() {
        TestProjects.Created created = translatedProject("One document of two.", "Один документ из двух.");
        long project = created.project().id();
        long second = documents.importSource(project, "second.txt", "Another one.".getBytes(StandardCharsets.UTF_8)).id();
        long unit = tmUnitsOf(project).get(0);

        documents.delete(created.document().id());

        assertThat(documents.find(created.document().id())).isEmpty();
        assertThat(documents.documents(project)).extracting(d -> d.id()).containsExactly(second);
        assertThat(count("segment", "document_id", created.document().id())).isZero();
        assertThat(jdbc.sql("select document_id is null from tm_unit where id = ?").param(unit).query(Boolean.class).single())
                .as("the unit stays, without its document").isTrue();
    }
}
