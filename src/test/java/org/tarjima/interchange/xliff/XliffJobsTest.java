package org.tarjima.interchange.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.tarjima.base.i18n.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.jobs.JobSnapshot;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The long XLIFF use cases as jobs: each owns its temporary files. */
@TarjimaTest
class XliffJobsTest {

    @Autowired
    XliffJobs jobs;
    @Autowired
    XliffExportService exports;
    @Autowired
    TestProjects projects;

    @Test
    void a_zip_export_writes_a_file_the_job_offers_and_a_vendor_import_deletes_its_upload() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();

        JobSnapshot.JobFile zip = jobs.submitZipExport(project, List.of(), List.of("ru", "kk"), "1.2",
                ExportOptions.everything(), Message.of("zip"), file -> Message.of("jobs.exported", file.fileName())).await(Duration.ofSeconds(60)).orElseThrow();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        // two XLIFF files, and the analysis (html, csv) that goes with them to the vendor
        assertThat(entries).isEqualTo(4);
        assertThat(zip.mediaType()).isEqualTo("application/zip");

        Path upload = Files.createTempFile(Path.of("target"), "vendor-", ".xlf");
        Files.write(upload, exports.exportXliff(document, "ru", "1.2", ExportOptions.everything()).content());
        ImportReport report = jobs.submitVendorImport(project, document, upload, null,
                ConflictChoice.keepTarjima(), Message.of("import"), r -> Message.of("done")).await(Duration.ofSeconds(60)).orElseThrow();
        assertThat(report.rejectedFile()).isFalse();
        assertThat(upload).as("the job owned the upload and deleted it").doesNotExist();
    }
}
