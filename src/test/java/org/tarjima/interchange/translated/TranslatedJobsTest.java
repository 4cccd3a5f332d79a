package org.tarjima.interchange.translated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.tarjima.base.i18n.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.jobs.JobSnapshot;
import org.tarjima.support.OfficeFiles;
import org.tarjima.support.SampleDocuments;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** A project's translated documents as a zip job: the file the job list offers holds every document in every locale. */
@TarjimaTest
class TranslatedJobsTest {

    @Autowired
    TranslatedJobs jobs;
    @Autowired
    TestProjects projects;

    @Test
    void a_zip_of_a_whole_project_is_a_file_the_job_offers() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk")
                .withDocument(new TestProjects.Article("press-release.docx", SampleDocuments.pressReleaseDocx()));

        JobSnapshot.JobFile zip = jobs.submitZip(created.project().id(), List.of(), List.of(), MinState.TRANSLATED, Message.of("zip"),
                file -> Message.of("jobs.exported", file.fileName())).await(Duration.ofSeconds(60)).orElseThrow();

        assertThat(OfficeFiles.entries(Files.readAllBytes(zip.path())).keySet()).containsExactly("ru/press-release.ru.docx", "kk/press-release.kk.docx");
        assertThat(zip.fileName()).isEqualTo("press-release.translated.zip");
        assertThat(zip.mediaType()).isEqualTo("application/zip");
    }
}
