package org.tarjima.translation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.tarjima.review.ReviewService;
import org.tarjima.review.ui.CommentsPanel;
import org.tarjima.translation.TranslationService;

/** The panel under the segment list for the active segment: its comments and its history, in tabs. */
class SegmentDetails extends Div {

    private final CommentsPanel comments;
    private final HistoryPanel history;
    private final Tab commentsTab;

    SegmentDetails(TranslationService translations, ReviewService reviews) {
        addClassName("segment-details");
        setId("segment-details");
        comments = new CommentsPanel(reviews);
        history = new HistoryPanel(translations);
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        commentsTab = tabs.add(getTranslation("comments.title"), comments);
        commentsTab.setId("comments-tab");
        Tab historyTab = tabs.add(getTranslation("history.title"), history);
        historyTab.setId("history-tab");
        comments.onCount(count -> commentsTab.setLabel(count == 0 ? getTranslation("comments.title")
                : getTranslation("comments.titleWithCount", count)));
        add(tabs);
    }

    void show(long segmentId, String locale) {
        comments.show(segmentId, locale);
        history.show(segmentId, locale);
    }
}
