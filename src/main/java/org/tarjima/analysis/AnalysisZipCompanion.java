package org.tarjima.analysis;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.xliff.ZipCompanion;
import org.tarjima.jobs.Progress;

/**
 * Puts {@code analysis.html} and {@code analysis.csv} beside the XLIFF files of a zip export, so that a vendor gets
 * the files and the basis of their quote together. The report is in English, the usual language between a manager
 * and a vendor; the manager exporting sees costs, so the files carry them.
 */
@Component
class AnalysisZipCompanion implements ZipCompanion {

    private final AnalysisService analyses;
    private final AnalysisReports reports;

    AnalysisZipCompanion(AnalysisService analyses, AnalysisReports reports) {
        this.analyses = analyses;
        this.reports = reports;
    }

    @Override
    public List<CompanionFile> files(long projectId, List<Long> documentIds, List<String> locales) {
        Analysis analysis = analyses.analyzeProject(projectId, documentIds, locales, Progress.NONE);
        return List.of(new CompanionFile("analysis.html", reports.html(analysis, Locale.ENGLISH)),
                new CompanionFile("analysis.csv", reports.csv(analysis)));
    }
}
