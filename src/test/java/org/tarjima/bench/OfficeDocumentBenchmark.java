package org.tarjima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.interchange.okapi.OkapiBaseline;
import org.tarjima.interchange.translated.MinState;
import org.tarjima.interchange.translated.TranslatedDocumentService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.OfficeFiles;
import org.tarjima.support.SampleDocuments;
import org.tarjima.support.TarjimaTest;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * Word documents in and out against Okapi alone, measured in the same run: the import of a 1,000-paragraph DOCX
 * (Okapi's filter, SRX, the database) against Okapi's own extraction of it with its segmentation step (filter + SRX,
 * as Rainbow extracts; the filter alone is reported too) (target ≤ 2×); the translated download of it, every segment
 * translated, against Okapi's own merge (filter and writer, target ≤ 1.5×); and the heap an import of a 50 MB DOCX
 * (mostly pictures, as 50 MB Word files are) grows by (target < 512 MB).
 */
@TarjimaTest
@Tag("bench")
class OfficeDocumentBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OfficeDocumentBenchmark.class);
    private static final int PARAGRAPHS = 1_000;
    private static final int RUNS = 15;

    @Autowired
    org.tarjima.support.TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslatedDocumentService translated;
    @Autowired
    TranslationService translations;
    @Autowired
    SegmentListing listing;

    @Test
    void a_1000_paragraph_word_document_in_and_out_against_okapi_alone() throws Exception {
        byte[] docx = SampleDocuments.largeDocx(PARAGRAPHS);
        ProjectSummary project = projects.aProject().withTargets("ru").create();
        List<Double> okapiExtract = new ArrayList<>();
        List<Double> okapiFilterOnly = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        DocumentSummary document = null;
        for (int run = 0; run < RUNS + 2; run++) {
            long start = System.nanoTime();
            assertThat(OkapiBaseline.extract(docx)).isEqualTo(PARAGRAPHS + 1);
            double filterOnly = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            assertThat(OkapiBaseline.extractSegmented(docx)).isGreaterThanOrEqualTo(2 * PARAGRAPHS);
            double okapi = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            DocumentSummary imported = documents.importSource(project.id(), "report-" + run + ".docx", docx);
            double ours = (System.nanoTime() - start) / 1e6;
            if (run >= 2) {
                // The first runs warm the JIT and Okapi's caches for both alike.
                okapiExtract.add(okapi);
                okapiFilterOnly.add(filterOnly);
                imports.add(ours);
            }
            if (document == null) {
                document = imported;
            } else {
                documents.delete(imported.id());
            }
        }
        translateEverything(document);
        List<Double> okapiMerge = new ArrayList<>();
        List<Double> downloads = new ArrayList<>();
        for (int run = 0; run < RUNS + 2; run++) {
            long start = System.nanoTime();
            OkapiBaseline.merge(docx);
            double okapi = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int fallback = translated.translated(document.id(), "ru", MinState.TRANSLATED).fallbackSegments();
            double ours = (System.nanoTime() - start) / 1e6;
            assertThat(fallback).isZero();
            if (run >= 2) {
                okapiMerge.add(okapi);
                downloads.add(ours);
            }
        }

        BenchResults.Sample importSample = new BenchResults.Sample(imports);
        BenchResults.Sample extractSample = new BenchResults.Sample(okapiExtract);
        BenchResults.Sample filterSample = new BenchResults.Sample(okapiFilterOnly);
        BenchResults.Sample downloadSample = new BenchResults.Sample(downloads);
        BenchResults.Sample mergeSample = new BenchResults.Sample(okapiMerge);
        double importRatio = importSample.median() / extractSample.median();
        double downloadRatio = downloadSample.median() / mergeSample.median();
        log.info("DOCX of {} paragraphs ({} segments): import {} ms vs Okapi's extraction with SRX {} ms ({}×; its filter "
                        + "alone {} ms); translated download {} ms vs Okapi's merge {} ms ({}×)", PARAGRAPHS,
                document.segmentCount(), importSample.median(), extractSample.median(), importRatio, filterSample.median(),
                downloadSample.median(), mergeSample.median(), downloadRatio);
        BenchResults results = new BenchResults("office-documents").machine("docx_paragraphs", PARAGRAPHS)
                .machine("docx_segments", document.segmentCount()).machine("docx_bytes", docx.length);
        results.record("docx_import_1000_paragraphs", "ms", importSample, "okapi_extraction_srx", extractSample,
                "≤ 2 × Okapi's extraction (filter + SRX)", importRatio <= 2.0);
        results.record("okapi_filter_alone_1000_paragraphs", "ms", filterSample, null, null, "", true);
        results.record("docx_translated_download_1000_paragraphs", "ms", downloadSample, "okapi_merge", mergeSample,
                "≤ 1.5 × Okapi's merge", downloadRatio <= 1.5);
        results.write();
    }

    @Test
    void heap_growth_importing_a_50_mb_word_document() throws Exception {
        byte[] pictures = new byte[46 * 1024 * 1024];
        new Random(7).nextBytes(pictures); // photographs do not compress
        byte[] docx = OfficeFiles.docx(paragraphs(5_000)).part("word/media/photographs.bin", pictures).zip();
        pictures = null;
        ProjectSummary project = projects.aProject().withTargets("ru").create();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean importing = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (importing.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        DocumentSummary document = documents.importSource(project.id(), "annual-report-with-photographs.docx", docx);
        double millis = (System.nanoTime() - start) / 1e6;
        importing.set(false);
        sampler.join();
        double growthMb = (peak.get() - before) / (1024.0 * 1024);
        log.info("50 MB DOCX ({} bytes, {} segments): imported in {} ms, heap grew by {} MB at most", docx.length,
                document.segmentCount(), millis, growthMb);
        BenchResults results = new BenchResults("office-documents-memory").machine("docx_bytes", docx.length)
                .machine("docx_segments", document.segmentCount())
                .machine("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        results.value("docx_50mb_import", "ms", millis, "", null);
        results.value("docx_50mb_import_heap_growth", "MB", growthMb, "< 512 MB", growthMb < 512);
        results.write();
    }

    private void translateEverything(DocumentSummary document) {
        for (SegmentRow row : listing.page(document.id(), "ru", StateFilter.ALL, 0, document.segmentCount())) {
            translations.confirm(new TargetEdit(row.segmentId(), "ru",
                    InlineText.of("Перевод " + row.source().plainText()), row.version(), Origin.API));
        }
    }

    private static String paragraphs(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            body.append(OfficeFiles.paragraph(null, OfficeFiles.run("Paragraph " + i + " of the annual report describes "
                    + "the work of the office in the region. It has a second sentence.")));
        }
        return body.toString();
    }
}
