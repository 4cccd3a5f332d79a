package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tarjima.base.ui.Routes;
import org.tarjima.live.ui.LiveAvatars;
import org.tarjima.review.ui.SignOffControl;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetState;

/**
 * The editor's bar above the list: the state filter and the search box, review mode, the locale's progress and
 * sign-off, the QA report, script conversions, who else is here, and the shortcut list.
 */
class EditorToolbar extends Div {

    private final Select<StateFilter> filter = new Select<>();
    private final TextField search = new TextField();
    private final Span searchCount = new Span();
    private final Button replaceButton = new Button();
    private final Button reviewToggle = new Button();
    private final StateBar progress = new StateBar();
    private final Span counts = new Span();
    private final Div signOffSlot = new Div();
    private final Div qaReportSlot = new Div();
    private final Div scriptActions = new Div();
    private final LiveAvatars avatars = new LiveAvatars();
    private SignOffControl signOff;

    EditorToolbar(Runnable filterChanged, Runnable reviewToggled) {
        filter.setId("state-filter");
        filter.setWidth("13em");
        filter.setItems(StateFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("filter." + f.name()));
        filter.setValue(StateFilter.ALL);
        filter.setAriaLabel(getTranslation("editor.filter"));
        filter.addValueChangeListener(change -> filterChanged.run());

        search.setId("segment-search");
        search.setPlaceholder(getTranslation("editor.search"));
        search.setAriaLabel(getTranslation("editor.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addClassName("segment-search");
        search.addValueChangeListener(change -> filterChanged.run());
        searchCount.setId("search-count");
        searchCount.addClassName("search-count");
        searchCount.setVisible(false);

        replaceButton.setIcon(VaadinIcon.EXCHANGE.create());
        replaceButton.setId("replace-open");
        replaceButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replaceButton.setAriaLabel(getTranslation("replace.title"));
        replaceButton.setTooltipText(getTranslation("replace.title"));
        replaceButton.setVisible(false);

        Button help = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), click -> new ShortcutsDialog().open());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        help.setId("shortcuts-help");
        help.setAriaLabel(getTranslation("shortcuts.title"));
        help.setTooltipText(getTranslation("shortcuts.title"));

        counts.addClassName("editor-counts");
        counts.setId("editor-counts");
        scriptActions.addClassName("script-actions");
        reviewToggle.setId("review-mode");
        reviewToggle.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        reviewToggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reviewToggle.addClickListener(click -> reviewToggled.run());
        reviewToggle.setVisible(false);
        signOffSlot.addClassName("sign-off-slot");
        progress.setId("editor-progress");
        add(filter, search, searchCount, replaceButton, reviewToggle, progress, counts, signOffSlot, qaReportSlot, scriptActions, avatars,
                help);
        addClassName("editor-toolbar");
    }

    StateFilter filter() {
        return filter.getValue();
    }

    /** Sets the filter; true when it changed (and the change listener ran). */
    boolean setFilter(StateFilter wanted) {
        if (filter.getValue() == wanted) {
            return false;
        }
        filter.setValue(wanted);
        return true;
    }

    String search() {
        return search.getValue();
    }

    void clearSearch() {
        search.clear();
    }

    /** Search and replace, for those who may change the text. */
    void offerReplace(boolean offered, Runnable open) {
        replaceButton.setVisible(offered);
        if (replaceRegistration != null) {
            replaceRegistration.remove();
        }
        replaceRegistration = replaceButton.addClickListener(click -> open.run());
    }

    private com.vaadin.flow.shared.Registration replaceRegistration;

    void showSearchCount(boolean searching, int found) {
        searchCount.setVisible(searching);
        if (searching) {
            searchCount.setText(getTranslation("editor.searchFound", found));
        }
    }

    /** A new document or locale: review mode offered to its reviewers, its sign-off, its QA report. */
    void showDocument(long documentId, String locale, boolean canReview, SignOffControl signOffControl) {
        reviewToggle.setVisible(canReview);
        reviewToggle.setText(getTranslation("review.enter"));
        signOff = signOffControl;
        signOffSlot.removeAll();
        signOffSlot.add(signOff);
        Anchor report = Routes.link(Routes.qaReport(documentId, locale));
        report.add(VaadinIcon.CLIPBOARD_CHECK.create(), new Span(getTranslation("qa.report.open")));
        report.setId("open-qa-report");
        report.addClassName("qa-report-link");
        qaReportSlot.removeAll();
        qaReportSlot.add(report);
    }

    void showReviewMode(boolean on) {
        reviewToggle.setText(getTranslation(on ? "review.leave" : "review.enter"));
        reviewToggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            reviewToggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            reviewToggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    void showProgress(LocaleProgress localeProgress) {
        progress.show(localeProgress);
        if (signOff != null) {
            signOff.refresh(localeProgress);
        }
        counts.setText(getTranslation("editor.counts", localeProgress.segments(TargetState.TRANSLATED)
                        + localeProgress.segments(TargetState.APPROVED),
                localeProgress.totalSegments(), localeProgress.totalWords()));
    }

    Div scriptActions() {
        return scriptActions;
    }

    LiveAvatars avatars() {
        return avatars;
    }
}
