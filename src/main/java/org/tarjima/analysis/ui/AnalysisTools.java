package org.tarjima.analysis.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.analysis.AnalysisReports;
import org.tarjima.analysis.AnalysisService;
import org.tarjima.analysis.RateCardService;

/**
 * What the analysis feature offers other screens: the analysis dialog of a document or a project, and the rate card
 * fields of a project's settings, each built with the services it works through.
 */
@Component
public class AnalysisTools {

    private final AnalysisService analyses;
    private final AnalysisReports reports;
    private final RateCardService cards;

    AnalysisTools(AnalysisService analyses, AnalysisReports reports, RateCardService cards) {
        this.analyses = analyses;
        this.reports = reports;
        this.cards = cards;
    }

    /**
     * Opens the analysis of a document ({@code documentId}) or of every document of the project (null).
     *
     * @param segments     the segments it goes through: above {@link AnalysisService#JOB_ABOVE_SEGMENTS} lookups it runs as a job
     * @param onJobStarted called when it continues as a job (to refresh the job list)
     */
    public void openAnalysis(long projectId, Long documentId, String title, List<String> locales, int segments,
                             Runnable onJobStarted) {
        new AnalysisDialog(analyses, reports, projectId, documentId, title, locales, segments, onJobStarted).open();
    }

    /** The rate card fields for a project's settings; call {@link RateCardSettings#show} with the project. */
    public RateCardSettings rateCardSettings() {
        return new RateCardSettings(cards);
    }

    /** Whether the signed-in user may see the project's costs (and so its rate card). */
    public boolean maySeeCosts(long projectId) {
        return cards.maySeeCosts(projectId);
    }
}
