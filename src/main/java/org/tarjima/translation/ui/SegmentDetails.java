package org.tarjima.translation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.qa.ui.QaFindingsPanel;
import org.tarjima.review.ReviewService;
import org.tarjima.review.ui.CommentsPanel;
import org.tarjima.translation.TranslationService;

/**
 * The panel under the segment list for the active segment, in tabs: what helps translate it (QA findings as they
 * type, and the tabs other features add), then its comments and its history.
 */
class SegmentDetails extends Div {

    private final TabSheet tabs = new TabSheet();
    private final QaFindingsPanel qa;
    private final CommentsPanel comments;
    private final HistoryPanel history;
    private final Tab qaTab;
    private final Tab commentsTab;

    SegmentDetails(TranslationService translations, ReviewService reviews, QaService qaService) {
        addClassName("segment-details");
        setId("segment-details");
        qa = new QaFindingsPanel(qaService);
        comments = new CommentsPanel(reviews);
        history = new HistoryPanel(translations);
        tabs.setSizeFull();
        qaTab = tabs.add(getTranslation("qa.panel.title"), qa);
        qaTab.setId("qa-tab");
        commentsTab = tabs.add(getTranslation("comments.title"), comments);
        commentsTab.setId("comments-tab");
        Tab historyTab = tabs.add(getTranslation("history.title"), history);
        historyTab.setId("history-tab");
        comments.onCount(count -> commentsTab.setLabel(count == 0 ? getTranslation("comments.title")
                : getTranslation("comments.titleWithCount", count)));
        qa.addFindingsListener(this::labelQaTab);
        add(tabs);
    }

    /** Adds a tab before the comments (translation memory and glossary put theirs here). */
    Tab addHelperTab(String label, Component content, int position) {
        Tab tab = new Tab(label);
        tabs.add(tab, content, position);
        // Inserting before the selected tab leaves the sheet showing nothing for the new first tab; select anew.
        tabs.setSelectedTab(tabs.getTabAt(0));
        return tab;
    }

    void select(Tab tab) {
        tabs.setSelectedTab(tab);
    }

    /** A segment became active or was saved: everything about it. */
    void show(long segmentId, String locale, InlineText target) {
        qa.show(segmentId, locale, target);
        comments.show(segmentId, locale);
        history.show(segmentId, locale);
    }

    /** No segment is active (a search found nothing): nothing about the one that was. */
    void clear() {
        qa.clear();
        comments.clear();
        history.removeAll();
    }

    /** The translator paused typing: only what depends on the text. */
    void typed(long segmentId, String locale, InlineText target) {
        qa.show(segmentId, locale, target);
    }

    void onQaFix(Consumer<InlineText> listener) {
        qa.addFixListener(listener);
    }

    void onQaFindings(Consumer<List<QaResult>> listener) {
        qa.addFindingsListener(listener);
    }

    private void labelQaTab(List<QaResult> results) {
        long open = results.stream().filter(QaResult::isOpen).count();
        qaTab.setLabel(open == 0 ? getTranslation("qa.panel.title") : getTranslation("qa.panel.titleWithCount", open));
        qaTab.getElement().setAttribute("data-errors",
                String.valueOf(results.stream().filter(r -> r.isOpen() && r.isOpenError()).count()));
    }
}
