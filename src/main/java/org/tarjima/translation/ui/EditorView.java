package org.tarjima.translation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Routes;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.ui.GlossaryHitsPanel;
import org.tarjima.live.LiveEvents;
import org.tarjima.live.PresenceRegistry;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.memory.ui.TmMatchesPanel;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.spelling.SpellingMethod;
import org.tarjima.spelling.SpellingService;
import org.tarjima.spelling.ui.WordListDialog;
import org.tarjima.security.Permission;
import org.tarjima.review.ui.RejectDialog;
import org.tarjima.review.ui.ReviewButtons;
import org.tarjima.review.ui.SignOffControl;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetState;

/**
 * The translator's editor: the source article on the left, the segment list on the right with the active segment's
 * editor inline. What is active, saved and refused is the {@link EditorSession}'s business; this view renders it and
 * composes the other features' panels (TM, glossary, QA, review).
 */
@Route(value = Routes.EDITOR)
@PermitAll
public class EditorView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private final EditorSessions sessions;
    private final LocaleHelpers localeHelpers;
    private final SegmentDetails details;
    private final EditorToolbar toolbar = new EditorToolbar(this::filterChanged, this::toggleReviewMode);
    private final SegmentGrid grid;
    private final SplitLayout split = new SplitLayout();
    private final LiveRows liveRows;
    private final SaveOutcomes outcomes;
    private final ActiveEditors editors;
    private final GlossaryHitsPanel glossaryHits;
    private final TmMatchesPanel tmMatches;
    /** The pivot translation beside the source, and a linked variant's "base changed since your edit". */
    private final SegmentAids aids = new SegmentAids(text -> replaceText(text, Origin.EDITOR),
            this::takeDerivation, this::keepEdit);

    private EditorSession session;
    private ArticlePane article;
    /** The left pane's mode, kept when the translator moves to another document or locale. */
    private ArticlePane.Mode articleMode = ArticlePane.Mode.SOURCE;
    private SegmentEditor activeEditor;
    private final SpellingService spelling;

    public EditorView(EditorSessions sessions, LocaleTools localeTools, LiveEvents live,
                      PresenceRegistry presence, QaService qa, GlossaryService glossary, TranslationMemory memory) {
        this.sessions = sessions;
        this.spelling = localeTools.spelling();
        this.tmMatches = new TmMatchesPanel(memory);
        this.glossaryHits = new GlossaryHitsPanel(glossary);
        this.grid = new SegmentGrid(qa, glossaryHits, row -> session != null && session.isActive(row), this::targetOf,
                row -> activate(row, -1, true));
        this.details = new SegmentDetails(sessions.translations(), sessions.reviews(), qa);
        this.outcomes = new SaveOutcomes(() -> session, () -> activeEditor, grid, details, this::refreshProgress,
                this::advanceAfter);
        this.liveRows = new LiveRows(new LiveEditing(live, presence), grid, toolbar.avatars(), outcomes, details,
                () -> activeEditor, this::refreshProgress, stored -> {
                    if (article != null) {
                        article.showTarget(stored);
                    }
                });
        this.editors = new ActiveEditors(outcomes, details, glossaryHits, tmMatches, this::refreshAll, this::advanceAfter,
                this::navigate);
        details.onQaFix(fixed -> replaceText(fixed, Origin.EDITOR));
        Tab glossaryTab = details.addHelperTab(getTranslation("glossary.hits.title"), glossaryHits, 0);
        glossaryTab.setId("glossary-tab");
        glossaryHits.onCount(n -> glossaryTab.setLabel(n == 0 ? getTranslation("glossary.hits.title")
                : getTranslation("glossary.hits.titleWithCount", n)));
        glossaryHits.addInsertListener(this::insertIntoEditor);
        glossaryHits.bindShortcuts(this);
        Tab memoryTab = details.addHelperTab(getTranslation("editor.tmTab"), tmMatches, 0);
        memoryTab.setId("tm-tab");
        tmMatches.addInsertListener(match -> replaceText(match, Origin.TM));
        details.onQaFindings(results -> {
            if (session != null && session.active() != null) {
                grid.findings(session.active().segmentId(), results);
            }
            if (activeEditor != null) {
                activeEditor.setMisspellings(results.stream().map(QaResult::finding)
                        .filter(f -> f.checkId().equals("spelling") && f.hasPlace() && !f.arguments().isEmpty())
                        .map(f -> new SegmentEditor.Misspelt(f.start(), f.end(), f.arguments().get(0))).toList());
            }
        });
        this.localeHelpers = new LocaleHelpers(localeTools.datesAndNumbers(), localeTools.plurals(),
                this::insertIntoEditor);
        addClassName("editor-view");
        setSizeFull();
        split.setSizeFull();
        split.addClassName("editor-split");
        split.setSplitterPosition(42);
        add(toolbar, localeHelpers, aids, split, details);
        // Ctrl+Enter approves in review mode (while the reviewer is not editing the text, which confirms instead).
        Shortcuts.addShortcutListener(this, () -> {
            if (session != null && session.reviewMode() && session.active() != null && !session.editingInReview()) {
                outcomes.review(session.approve());
            }
        }, Key.ENTER, KeyModifier.CONTROL);
        // "?" opens the shortcut list when focus is not in a text field.
        getElement().executeJs("""
                const view = this;
                document.addEventListener('keydown', e => {
                  const t = e.composedPath()[0];
                  const typing = t.isContentEditable || /INPUT|TEXTAREA/.test(t.tagName);
                  if (e.key === '?' && view.isConnected && !typing) {
                    view.querySelector('#shortcuts-help').click();
                  }
                  // Ctrl+Up/Down move through the segments from anywhere in the view (a bottom-panel tab, the
                  // article), not only from the segment's own field, which handles them itself.
                  if ((e.ctrlKey || e.metaKey) && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && view.isConnected
                      && !typing && !document.querySelector('vaadin-dialog-overlay[opened]')) {
                    e.preventDefault();
                    view.$server.moveByKeyboard(e.key === 'ArrowDown' ? 'next' : 'previous');
                  }
                });""");
    }

    @ClientCallable
    void moveByKeyboard(String direction) {
        if (session != null && ("next".equals(direction) || "previous".equals(direction))) {
            navigate(direction);
        }
    }

    /** The active row's editor (or in review its text and review buttons); any other row's text. */
    private List<Component> targetOf(SegmentRow row) {
        if (!session.isActive(row)) {
            return List.of(SegmentColumns.targetText(row));
        }
        SegmentRow active = session.newerActive(row);
        if (session.activeEditable()) {
            activeEditor = editors.open(session, active);
            listenForSpelling(activeEditor);
            return List.of(activeEditor);
        }
        activeEditor = null;
        if (!session.reviewMode()) {
            return List.of(SegmentColumns.targetText(active));
        }
        return List.of(SegmentColumns.targetText(active), new ReviewButtons(active.ordinal(), active.state(),
                () -> outcomes.review(session.approve()), () -> new RejectDialog(reason -> outcomes.review(session.reject(reason))).open(),
                () -> {
                    session.editInReview();
                    grid.refresh(active);
                }));
    }

    /** Suggestions for a word the translator points at, and "Add to dictionary" for the project's word list. */
    private void listenForSpelling(SegmentEditor editor) {
        editor.addSpellingListener(event -> editor.showSpellingMenu(event.word(),
                spelling.suggestions(session.locale(), event.word().word())));
        editor.addWordListener(event -> {
            if (session == null || session.active() == null) {
                return;
            }
            spelling.addWord(session.project().id(), session.locale(), event.word());
            Notifications.success(getTranslation("spelling.added", event.word(),
                    LocaleTag.displayName(session.locale(), getLocale())));
            // Check again with the word known: its underline and its QA warning go.
            details.typed(session.active().segmentId(), session.locale(),
                    event.content());
        });
    }

    /** The active editor's navigation keys: previous, next, next still to do. */
    private void navigate(String direction) {
        switch (direction) {
            case "previous" -> move(-1);
            case "next-todo" -> session.nextToDo().ifPresentOrElse(next -> activate(next.row(), next.index(), true),
                    () -> Notifications.success(getTranslation("editor.nothingToDo")));
            default -> move(1);
        }
    }

    /** A glossary term, a date or a number goes in at the caret. */
    private void insertIntoEditor(String text) {
        if (activeEditor != null) {
            activeEditor.insertText(text);
        }
    }

    /** A memory match (with the segment's own codes) or a QA fix replaces the text being edited, saved like typing. */
    private void replaceText(InlineText text, Origin origin) {
        if (session == null || session.active() == null || activeEditor == null) {
            return;
        }
        activeEditor.setValue(text);
        session.typed(text);
        outcomes.save(text, false, origin);
        details.typed(session.active().segmentId(), session.locale(), text);
    }

    private void toggleReviewMode() {
        setReviewMode(!session.reviewMode());
    }

    private void setReviewMode(boolean on) {
        session.setReviewMode(on);
        toolbar.showReviewMode(on);
        if (on) {
            addClassName("review-mode");
        } else {
            removeClassName("review-mode");
        }
        if (!toolbar.setFilter(on ? StateFilter.TO_REVIEW : StateFilter.ALL) && session.active() != null) {
            grid.refresh(session.active());
        }
    }

    /**
     * Goes to the next segment after a change. When the new state takes the row out of the filtered list
     * (approved in review mode, confirmed under "to do"), the next row has moved up into the same place.
     */
    private void advanceAfter(TargetState newState) {
        if (session.staysInList(newState)) {
            move(1);
            return;
        }
        int index = session.activeIndex();
        session.deactivate();
        grid.refreshAll();
        Optional<EditorSession.Located> next = session.at(index);
        if (next.isEmpty()) {
            // That was the last one in the list: stay near the end.
            next = session.at(index - 1);
            Notifications.success(getTranslation(session.reviewMode() ? "review.nothingLeft" : "editor.nothingToDo"));
        }
        next.ifPresent(found -> activate(found.row(), found.index(), true));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<EditorSession> opened = sessions.open(event);
        if (opened.isEmpty()) {
            return;
        }
        // Entered again (another document or locale): a new list, an empty search, review mode off unless asked for.
        session = null;
        parkedOrdinal = 0;
        toolbar.clearSearch();
        toolbar.showReviewMode(false);
        removeClassName("review-mode");
        session = opened.get();
        long documentId = session.document().id();
        String locale = session.locale();
        String sourceLocale = session.project().sourceLocale();
        EditorSession current = session;
        article = new ArticlePane(sessions.documents(), documentId,
                getTranslation("editor.sourceArticle", LocaleTag.displayName(sourceLocale, getLocale())),
                getTranslation("editor.translatedArticle", LocaleTag.displayName(locale, getLocale())),
                current::rowsBetween, this::activateOrdinal, mode -> articleMode = mode);
        article.setLocales(sourceLocale, locale);
        article.show(articleMode);
        article.onTermClicked(glossaryHits::insertHit);
        split.removeAll();
        split.addToPrimary(article);
        split.addToSecondary(grid);
        toolbar.showDocument(documentId, locale, session.canReview(),
                new SignOffControl(sessions.reviews(), documentId, locale, session.canReview(), this::refreshProgress));
        session.select(toolbar.filter(), toolbar.search());
        showSearchCount();
        grid.show(session);
        refreshProgress();
        String openedLocale = session.locale();
        toolbar.offerReplace(session.canTranslate(), () -> new ReplaceDialog(sessions.replacing(), List.of(documentId),
                List.of(openedLocale), this::localeFilled).open());
        toolbar.scriptActions().removeAll();
        toolbar.scriptActions().add(new ScriptActions(session, outcomes, grid, this::localeFilled));
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Integer> requested = query.getSingleParameter("segment").flatMap(EditorView::parseInt);
        if (query.getSingleParameter("mode").filter("review"::equals).isPresent() && session.canReview()) {
            setReviewMode(true);
        }
        Optional<EditorSession.Located> firstToReview = requested.isEmpty() && session.reviewMode() ? session.at(0)
                : Optional.empty();
        if (firstToReview.isPresent()) {
            // Review mode without a segment asked for (the review queue): start at the first one waiting.
            activate(firstToReview.get().row(), 0, true);
        } else {
            activateOrdinal(Math.max(1, Math.min(requested.orElse(1), session.document().segmentCount())));
        }
        // The same view may be entered again for another document or locale without being attached anew.
        if (isAttached()) {
            getUI().ifPresent(this::openLive);
        }
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Activates the segment with this ordinal; with a filter that hides it, the filter is cleared. */
    private void activateOrdinal(int ordinal) {
        Optional<Integer> index = session.segments().indexOf(ordinal);
        if (index.isEmpty()) {
            // The filter or the search hides it: show the whole document rather than not the segment asked for.
            toolbar.clearSearch();
            toolbar.setFilter(StateFilter.ALL);
            index = Optional.of(ordinal - 1);
        }
        session.at(index.get()).ifPresent(found -> activate(found.row(), found.index(), true));
    }

    private void activate(SegmentRow row, int index, boolean scroll) {
        SegmentRow previous = session.active();
        if (!session.activate(row, index)) {
            return;
        }
        String locale = session.locale();
        String sourceLocale = session.project().sourceLocale();
        liveRows.moved(row.segmentId());
        // Before the row renders: its source marks the glossary terms found.
        glossaryHits.show(session.project().id(), sourceLocale, locale, row.source().plainText());
        if (previous != null) {
            grid.refresh(previous);
        }
        grid.refresh(row);
        if (scroll) {
            // Keep the two segments before the active one in view, for context.
            grid.scrollToIndex(Math.max(0, session.activeIndex() - 2));
        }
        article.highlight(row.ordinal());
        article.markTerms(glossaryHits.marksJson());
        rememberInUrl(row.ordinal());
        if (session.canTranslate()) {
            localeHelpers.show(row.source().plainText(), sourceLocale, locale);
            localeHelpers.showSpelling(spellingMethodText(locale), () -> new WordListDialog(spelling,
                    session.project().id(), locale,
                    sessions.actor().may(Permission.MANAGE, session.project().id(), null)).open());
        } else {
            localeHelpers.showReadOnly(getTranslation("editor.readOnly", LocaleTag.displayName(locale, getLocale())));
        }
        tmMatches.show(row.segmentId(), locale);
        details.show(row.segmentId(), locale, row.target());
        aids.show(session.pivot(row.segmentId()), session.baseChanged(), session.canTranslate());
    }

    /** A linked variant's translator keeps their text: the notice goes. */
    private void keepEdit() {
        if (session != null && session.active() != null) {
            session.keepEdit();
            aids.show(session.pivot(session.active().segmentId()), session.baseChanged(), session.canTranslate());
        }
    }

    /** A linked variant's translator takes the new derivation of the active segment from its base, over their edit. */
    private void takeDerivation() {
        if (session == null || session.active() == null) {
            return;
        }
        SegmentRow row = session.active();
        EditorSession.Outcome outcome = session.takeDerivation();
        if (outcome instanceof EditorSession.Outcome.Conflict conflicted) {
            outcomes.openConflict(row, conflicted.mine(), conflicted.theirs(), false);
        } else if (outcome instanceof EditorSession.Outcome.Stored stored) {
            outcomes.shown(stored.target());
            grid.refresh(session.active());
            refreshProgress();
            aids.show(session.pivot(row.segmentId()), session.baseChanged(), session.canTranslate());
        } else if (outcome instanceof EditorSession.Outcome.Refused refused) {
            Notifications.error(getTranslation(refused.messageKey()));
        }
    }

    /** Says plainly how the locale's spelling is checked: a dictionary, the other script's, or approved words. */
    private String spellingMethodText(String locale) {
        SpellingMethod method = spelling.method(locale);
        return switch (method.kind()) {
            case DICTIONARY -> getTranslation("spelling.method.dictionary",
                    LocaleTag.displayName(method.dictionary(), getLocale()));
            case OTHER_SCRIPT -> getTranslation("spelling.method.otherScript",
                    LocaleTag.displayName(method.dictionary(), getLocale()));
            case LEARNED -> getTranslation("spelling.method.learned");
        };
    }

    private void move(int step) {
        session.step(step).ifPresentOrElse(found -> activate(found.row(), found.index(), true),
                () -> Notifications.success(getTranslation(step > 0 ? "editor.lastSegment" : "editor.firstSegment")));
    }

    /** After a script variant of the whole locale was filled in: the list again, at the same segment. */
    private void localeFilled() {
        SegmentRow current = session.deactivate();
        grid.refreshAll();
        refreshProgress();
        if (current != null) {
            activateOrdinal(current.ordinal());
        }
    }

    private void filterChanged() {
        if (session == null) {
            return;
        }
        SegmentRow previous = session.deactivate();
        // After a search that found nothing, the segment that was active then is the one to come back to.
        int wanted = previous != null ? previous.ordinal() : parkedOrdinal;
        parkedOrdinal = 0;
        session.select(toolbar.filter(), toolbar.search());
        showSearchCount();
        grid.refreshAll();
        if (wanted > 0) {
            session.segments().indexOf(wanted).flatMap(session::at)
                    .or(() -> session.at(0))
                    .ifPresentOrElse(found -> activate(found.row(), found.index(), true), () -> showNothingActive(wanted));
        }
    }

    /** The segment that was active before a search found nothing; 0 when a segment is active. */
    private int parkedOrdinal;

    /** A search or filter left no segment: the panels no longer speak of the one that was active. */
    private void showNothingActive(int wasActive) {
        parkedOrdinal = wasActive;
        article.clearHighlight();
        glossaryHits.clear();
        tmMatches.clear();
        aids.clear();
        localeHelpers.removeAll();
        details.clear();
    }

    private void showSearchCount() {
        toolbar.showSearchCount(session.segments().searching(), session.segments().count());
    }

    private void refreshAll() {
        grid.refreshAll();
        refreshProgress();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        openLive(attach.getUI());
    }

    private void openLive(UI ui) {
        if (session == null) {
            return;
        }
        liveRows.open(ui, sessions.actor(), session);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveRows.close();
        super.onDetach(detach);
    }

    private void refreshProgress() {
        toolbar.showProgress(session.progress());
    }

    private void rememberInUrl(int ordinal) {
        Map<String, String> parameters = session.reviewMode() ? Map.of("segment", String.valueOf(ordinal), "mode", "review")
                : Map.of("segment", String.valueOf(ordinal));
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(
                Routes.editor(session.document().id(), session.locale()), QueryParameters.simple(parameters)));
    }

    @Override
    public String getPageTitle() {
        return session == null ? "Tarjima" : session.document().name() + " · " + session.locale() + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        if (session == null) {
            return List.of();
        }
        return List.of(
                new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                new Crumb(session.project().name(), Routes.project(session.project().id())),
                Crumb.current(session.document().name()),
                Crumb.current(LocaleTag.displayName(session.locale(), getLocale()) + " (" + session.locale() + ")"));
    }
}
