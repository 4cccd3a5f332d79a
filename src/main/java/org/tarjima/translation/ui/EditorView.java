package org.tarjima.translation.ui;

import com.vaadin.flow.component.html.Anchor;
import org.tarjima.document.ui.DocumentLocaleRoute;
import com.vaadin.flow.component.notification.Notification;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.memory.ui.TmMatchesPanel;
import com.vaadin.flow.component.tabs.Tab;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.ui.GlossaryHitsPanel;
import com.vaadin.flow.router.RouterLink;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import java.time.Duration;
import java.util.ArrayList;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.LiveEvents;
import org.tarjima.live.PresenceRegistry;
import org.tarjima.live.ui.LiveAvatars;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.HashMap;
import org.tarjima.review.Comment;
import org.tarjima.review.ReviewService;
import org.tarjima.review.ui.RejectDialog;
import org.tarjima.review.ui.ReviewButtons;
import org.tarjima.review.ui.SignOffControl;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.translation.TargetReview;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjima.base.LocaleTag;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.PluralForms;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.Routes;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.project.RepetitionsMode;
import org.tarjima.translation.IllegalTransitionException;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;
import org.tarjima.translation.ScriptDerivationService;

/**
 * The translator's editor: the source article on the left, the segment list on the right with the
 * active segment's editor inline. The list loads lazily page by page from the service.
 */
@Route(value = Routes.EDITOR)
@PermitAll
public class EditorView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private final TranslationService translations;
    private final ScriptDerivationService derivation;
    private final LocaleHelpers localeHelpers;
    private final Div scriptActions = new Div();
    private final DocumentService documents;
    private final ProjectService projects;
    private final ReviewService reviews;
    private final AccessPolicy access;
    private final SegmentDetails details;
    private final Button reviewToggle = new Button();
    private final Div signOffSlot = new Div();
    /** The reviewers' latest reasons for the REJECTED rows loaded so far, by segment. */
    private final Map<Long, Comment> rejections = new HashMap<>();

    private final Grid<SegmentRow> grid = new Grid<>();
    private final Select<StateFilter> filter = new Select<>();
    private final TextField search = new TextField();
    private final Span searchCount = new Span();
    private SegmentList segments;
    private final StateBar progress = new StateBar();
    private final Span counts = new Span();
    private final SplitLayout split = new SplitLayout();

    private DocumentSummary document;
    private ProjectSummary project;
    private String locale;
    private ArticlePane article;

    private SegmentRow active;
    /** The conflict question on screen, if any: never two at once. */
    private ConflictDialog conflict;
    private int activeIndex = -1;
    private SegmentEditor activeEditor;
    private boolean canTranslate;
    private boolean canReview;
    private boolean reviewMode;
    /** In review mode, the segment the reviewer chose to edit (others are read-only); -1 for none. */
    private long editingInReview = -1;
    private SignOffControl signOff;
    private final LiveEditing live;
    private final LiveAvatars avatars = new LiveAvatars();
    /** Colleagues' soft locks: who is on which segment (never the viewer's own tab). */
    private Map<Long, String> editingBy = Map.of();
    private final QaService qa;
    private final GlossaryHitsPanel glossaryHits;
    private final TmMatchesPanel tmMatches;
    /** QA findings of the rows loaded so far, by segment: the rows' badges. */
    private final Map<Long, List<QaResult>> qaByRow = new HashMap<>();
    /** The target version each row's findings were computed for. */
    private final Map<Long, Integer> qaCheckedVersion = new HashMap<>();
    private final Div qaReportSlot = new Div();
    /** Rows a colleague just changed, shown briefly highlighted. */
    private final java.util.Set<Long> flashing = new java.util.HashSet<>();
    /** What the viewer typed in the active segment since it became active (null: nothing). */
    private InlineText typedHere;

    public EditorView(TranslationService translations, DocumentService documents, ProjectService projects,
                      ScriptDerivationService derivation, DatesAndNumbers datesAndNumbers, PluralForms plurals,
                      ReviewService reviews, AccessPolicy access, LiveEvents live, PresenceRegistry presence,
                      QaService qa, GlossaryService glossary, TranslationMemory memory) {
        this.live = new LiveEditing(live, presence);
        this.tmMatches = new TmMatchesPanel(memory);
        this.glossaryHits = new GlossaryHitsPanel(glossary);
        this.qa = qa;
        this.reviews = reviews;
        this.access = access;
        this.details = new SegmentDetails(translations, reviews, qa);
        details.onQaFix(this::applyFix);
        Tab glossaryTab = details.addHelperTab(getTranslation("glossary.hits.title"), glossaryHits, 0);
        glossaryTab.setId("glossary-tab");
        glossaryHits.onCount(n -> glossaryTab.setLabel(n == 0 ? getTranslation("glossary.hits.title")
                : getTranslation("glossary.hits.titleWithCount", n)));
        glossaryHits.addInsertListener(this::insertIntoEditor);
        glossaryHits.bindShortcuts(this);
        Tab memoryTab = details.addHelperTab(getTranslation("editor.tmTab"), tmMatches, 0);
        memoryTab.setId("tm-tab");
        tmMatches.addInsertListener(this::replaceWithMatch);
        details.onQaFindings(results -> {
            if (active != null) {
                qaByRow.put(active.segmentId(), results);
            }
        });
        this.localeHelpers = new LocaleHelpers(datesAndNumbers, plurals, text -> {
            if (activeEditor != null) {
                activeEditor.insertText(text);
            }
        });
        this.translations = translations;
        this.derivation = derivation;
        this.documents = documents;
        this.projects = projects;
        addClassName("editor-view");
        setSizeFull();

        filter.setId("state-filter");
        filter.setWidth("13em");
        filter.setItems(StateFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("filter." + f.name()));
        filter.setValue(StateFilter.ALL);
        filter.setAriaLabel(getTranslation("editor.filter"));
        filter.addValueChangeListener(change -> filterChanged());

        search.setId("segment-search");
        search.setPlaceholder(getTranslation("editor.search"));
        search.setAriaLabel(getTranslation("editor.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addClassName("segment-search");
        search.addValueChangeListener(change -> filterChanged());
        searchCount.setId("search-count");
        searchCount.addClassName("search-count");
        searchCount.setVisible(false);

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
        reviewToggle.addClickListener(click -> setReviewMode(!reviewMode));
        reviewToggle.setVisible(false);
        signOffSlot.addClassName("sign-off-slot");
        Div toolbar = new Div(filter, search, searchCount, reviewToggle, progress, counts, signOffSlot, qaReportSlot, scriptActions, avatars,
                help);
        toolbar.addClassName("editor-toolbar");
        progress.setId("editor-progress");

        configureGrid();
        split.setSizeFull();
        split.addClassName("editor-split");
        split.setSplitterPosition(42);
        add(toolbar, localeHelpers, split, details);
        // Ctrl+Enter approves in review mode (while the reviewer is not editing the text, which confirms instead).
        Shortcuts.addShortcutListener(this, () -> {
            if (reviewMode && active != null && editingInReview != active.segmentId()) {
                approveActive();
            }
        }, Key.ENTER, KeyModifier.CONTROL);
        // "?" opens the shortcut list when focus is not in a text field.
        getElement().executeJs("""
                const view = this;
                document.addEventListener('keydown', e => {
                  const t = e.composedPath()[0];
                  if (e.key === '?' && view.isConnected && !(t.isContentEditable || /INPUT|TEXTAREA/.test(t.tagName))) {
                    view.querySelector('#shortcuts-help').click();
                  }
                });""");
    }

    private void configureGrid() {
        grid.setId("segment-grid");
        grid.addClassName("segment-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        SegmentColumns.addTo(grid, new SegmentColumns.Rows() {
            @Override
            public boolean isActive(SegmentRow row) {
                return EditorView.this.isActive(row);
            }

            @Override
            public List<Component> target(SegmentRow row) {
                return targetOf(row);
            }

            @Override
            public List<QaResult> findings(SegmentRow row) {
                return qaByRow.getOrDefault(row.segmentId(), List.of());
            }

            @Override
            public String colleagueOn(SegmentRow row) {
                return editingBy.get(row.segmentId());
            }

            @Override
            public Comment rejection(SegmentRow row) {
                return row.state() == TargetState.REJECTED ? rejections.get(row.segmentId()) : null;
            }
        }, glossaryHits);
        grid.setPartNameGenerator(row -> {
            List<String> parts = new ArrayList<>();
            if (isActive(row)) {
                parts.add("active-row");
            }
            if (editingBy.containsKey(row.segmentId())) {
                parts.add("being-edited");
            }
            if (flashing.contains(row.segmentId())) {
                parts.add("changed-row");
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        });
        grid.addItemClickListener(click -> activate(click.getItem(), -1, true));
    }

    /** The active row's editor (or in review its text and review buttons); any other row's text. */
    private List<Component> targetOf(SegmentRow row) {
        if (!isActive(row)) {
            return List.of(SegmentColumns.targetText(row));
        }
        active = row.version() >= active.version() ? row : active;
        boolean readOnly = !canTranslate || (reviewMode && editingInReview != active.segmentId());
        if (!readOnly) {
            activeEditor = editorFor(active);
            return List.of(activeEditor);
        }
        activeEditor = null;
        if (!reviewMode) {
            return List.of(SegmentColumns.targetText(active));
        }
        SegmentRow reviewed = active;
        return List.of(SegmentColumns.targetText(active), new ReviewButtons(reviewed.ordinal(), reviewed.state(),
                this::approveActive, () -> new RejectDialog(this::rejectActive).open(), () -> {
                    editingInReview = reviewed.segmentId();
                    refreshRow(reviewed);
                }));
    }

    private void repetitionsApplied(int count) {
        if (count > 0) {
            Notifications.success(getTranslation("editor.repetitionsDone", count));
            grid.getDataProvider().refreshAll();
            refreshProgress();
        }
    }

    /** After a confirm: the same translation for the project's other segments with the same source, on request. */
    private void offerRepetitions(long segmentId) {
        int count = translations.repetitions(segmentId, locale);
        if (count == 0) {
            return;
        }
        Notification offer = new Notification();
        offer.setDuration(10_000);
        offer.setPosition(Notification.Position.BOTTOM_END);
        Button use = new Button(getTranslation("editor.repetitionsUse", count), click -> {
            offer.close();
            int applied = translations.propagateToRepetitions(segmentId, locale);
            Notifications.success(getTranslation("editor.repetitionsDone", applied));
            grid.getDataProvider().refreshAll();
            refreshProgress();
        });
        use.setId("use-for-repetitions");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button close = new Button(getTranslation("action.close"), click -> offer.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        offer.add(new Div(new Span(getTranslation("editor.repetitionsFound", count)), use, close));
        offer.open();
    }

    /** A glossary term or a memory match goes in at the caret of the active editor. */
    private void insertIntoEditor(String text) {
        if (activeEditor != null) {
            activeEditor.insertText(text);
        }
    }

    /** A memory match replaces the text being edited (with the segment's own codes) and is saved as a draft. */
    private void replaceWithMatch(InlineText match) {
        if (active == null || activeEditor == null) {
            return;
        }
        activeEditor.setValue(match);
        typedHere = match;
        TargetEdit edit = new TargetEdit(active.segmentId(), locale, match, active.version(), Origin.TM);
        SaveResult result = translations.saveDraft(edit);
        if (result instanceof SaveResult.Conflict conflict) {
            openConflict(active, match, conflict.target(), false);
            return;
        }
        stored(active, result.target());
        details.typed(active.segmentId(), locale, match);
    }

    /** A QA fix replaces the text being edited and is saved like typing. */
    private void applyFix(InlineText fixed) {
        if (active == null || activeEditor == null) {
            return;
        }
        activeEditor.setValue(fixed);
        typedHere = fixed;
        save(fixed, false);
        details.typed(active.segmentId(), locale, fixed);
    }

    private void setReviewMode(boolean on) {
        reviewMode = on;
        editingInReview = -1;
        reviewToggle.setText(getTranslation(on ? "review.leave" : "review.enter"));
        reviewToggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            reviewToggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            reviewToggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        addClassName("review-mode");
        if (!on) {
            removeClassName("review-mode");
        }
        StateFilter wanted = on ? StateFilter.TO_REVIEW : StateFilter.ALL;
        if (filter.getValue() != wanted) {
            filter.setValue(wanted);
        } else if (active != null) {
            refreshRow(active);
        }
    }

    private void approveActive() {
        if (active == null) {
            return;
        }
        SegmentRow row = active;
        try {
            SaveResult result = translations.approve(new TargetReview(row.segmentId(), locale, row.version(), Origin.EDITOR));
            reviewed(row, result);
        } catch (IllegalTransitionException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private void rejectActive(String reason) {
        if (active == null) {
            return;
        }
        SegmentRow row = active;
        try {
            SaveResult result = translations.reject(new TargetReview(row.segmentId(), locale, row.version(), Origin.EDITOR),
                    reason);
            reviewed(row, result);
        } catch (IllegalTransitionException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    private void reviewed(SegmentRow row, SaveResult result) {
        if (result instanceof SaveResult.Conflict conflict) {
            // Nobody approves a text they have not seen: show the newer one and let the reviewer look again.
            Notifications.error(getTranslation("review.changedMeanwhile", conflict.target().updatedBy()));
            active = row.withTarget(conflict.target());
            refreshRow(active);
            details.show(row.segmentId(), locale, active.target());
            return;
        }
        stored(row, result.target());
        advanceAfter(result.target().state());
    }

    /**
     * Goes to the next segment after a change. When the new state takes the row out of the filtered list
     * (approved in review mode, confirmed under "to do"), the next row has moved up into the same place.
     */
    private void advanceAfter(TargetState newState) {
        // Search results are a snapshot: the changed row stays where it is.
        if (segments.searching() || filter.getValue().states().contains(newState)) {
            move(1);
            return;
        }
        int index = activeIndex;
        active = null;
        grid.getDataProvider().refreshAll();
        Optional<SegmentRow> next = rowAt(index);
        int at = index;
        if (next.isEmpty()) {
            // That was the last one in the list: stay near the end.
            next = rowAt(index - 1);
            at = index - 1;
            Notifications.success(getTranslation(reviewMode ? "review.nothingLeft" : "editor.nothingToDo"));
        }
        int found = at;
        next.ifPresent(row -> activate(row, found, true));
    }

    private SegmentEditor editorFor(SegmentRow row) {
        SegmentEditor editor = new SegmentEditor(row.source(), row.target(), locale);
        editor.setDraftKey(SegmentEditor.draftKey(access.actor().username(), document.id(), locale, row.segmentId()));
        editor.setId("segment-editor-" + row.ordinal());
        editor.setPlaceholder(getTranslation("editor.placeholder"));
        editor.setStatus(getTranslation("state." + row.state().name()));
        editor.setFocusOnAttach(true);
        editor.addDraftListener(draft -> {
            typedHere = draft.content();
            save(draft.content(), false);
            details.typed(row.segmentId(), locale, draft.content());
        });
        editor.addConfirmListener(confirm -> {
            // With the project's repetitions applied on confirm, the service does it: say how many took it.
            boolean apply = project.repetitions() == RepetitionsMode.APPLY;
            int repetitions = apply ? translations.repetitions(row.segmentId(), locale) : 0;
            if (save(confirm.content(), true)) {
                if (apply) {
                    repetitionsApplied(repetitions);
                } else {
                    offerRepetitions(row.segmentId());
                }
                editingInReview = -1;
                advanceAfter(active.state());
            }
        });
        editor.addInsertListener(insert -> {
            if (insert.glossary()) {
                glossaryHits.insert(insert.number());
            } else {
                tmMatches.insert(insert.number());
            }
        });
        editor.addNavigateListener(navigate -> {
            switch (navigate.direction()) {
                case "previous" -> move(-1);
                case "next-todo" -> moveToNextToDo();
                default -> move(1);
            }
        });
        return editor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DocumentLocaleRoute> route = DocumentLocaleRoute.resolve(event, documents, projects);
        if (route.isEmpty()) {
            return;
        }
        // Entered again (another document or locale): the old list is gone and the search starts empty.
        segments = null;
        search.clear();
        qaByRow.clear();
        qaCheckedVersion.clear();
        document = route.get().document();
        project = route.get().project();
        locale = route.get().locale();
        canTranslate = access.may(Permission.TRANSLATE, project.id(), locale);
        canReview = access.may(Permission.REVIEW, project.id(), locale);
        article = new ArticlePane(documents, document.id(), getTranslation("editor.sourceArticle",
                LocaleTag.displayName(project.sourceLocale(), getLocale())), this::activateOrdinal);
        article.setSourceLocale(project.sourceLocale());
        article.onTermClicked(glossaryHits::insertHit);
        split.removeAll();
        split.addToPrimary(article);
        split.addToSecondary(grid);
        reviewToggle.setVisible(canReview);
        reviewToggle.setText(getTranslation("review.enter"));
        signOff = new SignOffControl(reviews, document.id(), locale, canReview, this::refreshProgress);
        signOffSlot.removeAll();
        signOffSlot.add(signOff);
        Anchor report = Routes.link(Routes.qaReport(document.id(), locale));
        report.add(VaadinIcon.CLIPBOARD_CHECK.create(), new Span(getTranslation("qa.report.open")));
        report.setId("open-qa-report");
        report.addClassName("qa-report-link");
        qaReportSlot.removeAll();
        qaReportSlot.add(report);
        // Rows are identified by segment, so a refreshed row (new text, state, version) replaces its old self.
        segments = new SegmentList(translations, document.id(), locale);
        segments.select(filter.getValue(), search.getValue());
        showSearchCount();
        grid.setItems(new CallbackDataProvider<SegmentRow, Void>(
                query -> decorate(segments.page(query.getOffset(), query.getLimit())).stream(),
                query -> segments.count(),
                SegmentRow::segmentId));
        refreshProgress();
        showScriptActions();
        Optional<Integer> requested = event.getLocation().getQueryParameters().getSingleParameter("segment")
                .flatMap(EditorView::parseInt);
        boolean review = event.getLocation().getQueryParameters().getSingleParameter("mode")
                .filter("review"::equals).isPresent();
        if (review && canReview) {
            setReviewMode(true);
        }
        Optional<SegmentRow> firstToReview = requested.isEmpty() && reviewMode ? rowAt(0) : Optional.empty();
        if (firstToReview.isPresent()) {
            // Review mode without a segment asked for (the review queue): start at the first one waiting.
            activate(firstToReview.get(), 0, true);
        } else {
            activateOrdinal(Math.max(1, Math.min(requested.orElse(1), document.segmentCount())));
        }
        // The same view may be entered again for another document or locale without being attached anew.
        if (isAttached()) {
            getUI().ifPresent(this::openLive);
        }
    }

    /** Loads what the rows of a page show beside their text: their QA findings and the reasons for rejections. */
    private List<SegmentRow> decorate(List<SegmentRow> page) {
        checkQa(page);
        loadRejections(page);
        return page;
    }

    /** The QA findings of rows with a translation (cached by target version, so scrolling back costs nothing). */
    private void checkQa(List<SegmentRow> rows) {
        for (SegmentRow row : rows) {
            if (!row.target().isBlank() || row.state().isConfirmed()) {
                // Each check costs a few queries: a page of 50 rows took 20-80 ms, on every scroll back too.
                if (!Integer.valueOf(row.version()).equals(qaCheckedVersion.get(row.segmentId()))
                        || !qaByRow.containsKey(row.segmentId())) {
                    qaByRow.put(row.segmentId(), qa.check(row.segmentId(), locale, row.target()));
                    qaCheckedVersion.put(row.segmentId(), row.version());
                }
            } else {
                qaByRow.remove(row.segmentId());
                qaCheckedVersion.remove(row.segmentId());
            }
        }
    }

    /** The reviewers' latest reasons for the rejected rows. */
    private void loadRejections(List<SegmentRow> rows) {
        List<Long> rejected = rows.stream().filter(row -> row.state() == TargetState.REJECTED)
                .map(SegmentRow::segmentId).toList();
        if (!rejected.isEmpty()) {
            rejections.putAll(reviews.openRejections(document.id(), locale, rejected));
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
        Optional<Integer> index = segments.indexOf(ordinal);
        if (index.isEmpty()) {
            // The filter or the search hides it: show the whole document rather than not the segment asked for.
            clearFilterAndSearch();
            index = Optional.of(ordinal - 1);
        }
        int found = index.get();
        rowAt(found).ifPresent(row -> activate(row, found, true));
    }

    private Optional<SegmentRow> rowAt(int index) {
        if (index < 0) {
            return Optional.empty();
        }
        return segments.rowAt(index);
    }

    private void activate(SegmentRow row, int index, boolean scroll) {
        if (active != null && active.segmentId() == row.segmentId()) {
            return;
        }
        SegmentRow previous = active;
        active = row;
        editingInReview = -1;
        typedHere = null;
        live.moved(row.segmentId());
        activeIndex = index >= 0 ? index
                : segments.indexOf(row.ordinal()).orElse(0);
        // Before the row renders: its source marks the glossary terms found.
        glossaryHits.show(project.id(), project.sourceLocale(), locale, row.source().plainText());
        if (previous != null) {
            refreshRow(previous);
        }
        refreshRow(row);
        if (scroll) {
            // Keep the two segments before the active one in view, for context.
            grid.scrollToIndex(Math.max(0, activeIndex - 2));
        }
        article.highlight(row.ordinal());
        article.markTerms(glossaryHits.marksJson());
        rememberInUrl(row.ordinal());
        localeHelpers.show(row.source().plainText(), project.sourceLocale(), locale);
        tmMatches.show(row.segmentId(), locale);
        details.show(row.segmentId(), locale, row.target());
    }

    private boolean isActive(SegmentRow row) {
        return active != null && row.segmentId() == active.segmentId();
    }

    private void refreshRow(SegmentRow row) {
        grid.getDataCommunicator().refresh(row);
    }

    private void move(int step) {
        rowAt(activeIndex + step).ifPresentOrElse(row -> activate(row, activeIndex + step, true),
                () -> Notifications.success(getTranslation(step > 0 ? "editor.lastSegment" : "editor.firstSegment")));
    }

    private void moveToNextToDo() {
        Optional<SegmentRow> next = Optional.empty();
        int index = activeIndex + 1;
        // Pages through the filtered list from the active row; a to-do filter makes this one read.
        while (next.isEmpty()) {
            List<SegmentRow> page = segments.page(index, 100);
            if (page.isEmpty()) {
                break;
            }
            for (int i = 0; i < page.size() && next.isEmpty(); i++) {
                if (StateFilter.TO_DO.states().contains(page.get(i).state())) {
                    next = Optional.of(page.get(i));
                    index += i;
                }
            }
            if (next.isEmpty()) {
                index += page.size();
            }
        }
        int found = index;
        next.ifPresentOrElse(row -> activate(row, found, true),
                () -> Notifications.success(getTranslation("editor.nothingToDo")));
    }

    /** Saves the active target; true when stored. A stale version opens the conflict dialog instead. */
    private boolean save(InlineText typed, boolean confirm) {
        SegmentRow row = active;
        TargetEdit edit = new TargetEdit(row.segmentId(), locale, typed, row.version(), Origin.EDITOR);
        try {
            SaveResult result = confirm ? translations.confirm(edit) : translations.saveDraft(edit);
            if (result instanceof SaveResult.Conflict conflict) {
                openConflict(row, typed, conflict.target(), confirm);
                return false;
            }
            stored(row, result.target());
            return true;
        } catch (IllegalTransitionException e) {
            Notifications.error(getTranslation(e.messageKey()));
            return false;
        }
    }

    private void stored(SegmentRow row, TargetSnapshot target) {
        SegmentRow updated = row.withTarget(target);
        if (active != null && active.segmentId() == row.segmentId()) {
            active = updated;
            if (activeEditor != null) {
                activeEditor.setStatus(getTranslation("editor.saved", getTranslation("state." + target.state().name())));
                activeEditor.markStored(target.content());
            }
        }
        refreshProgress();
        details.show(row.segmentId(), locale, target.content());
    }

    private void openConflict(SegmentRow row, InlineText mine, TargetSnapshot theirs, boolean confirm) {
        if (conflict != null && conflict.isOpened()) {
            // One question at a time: a colleague's save and the refused autosave of the same typing both end up
            // here; the newer question (latest text on both sides) replaces the open one instead of stacking on it.
            conflict.close();
        }
        conflict = new ConflictDialog(row.source(), mine, theirs, locale, resolution -> {
            active = row.withTarget(theirs);
            if (activeEditor != null) {
                // The choice was made in the dialog: the text kept in the browser is not offered again.
                activeEditor.forgetUnsaved();
            }
            if (resolution.text() != null) {
                save(resolution.text(), confirm);
            }
            // Re-render the row from the database so the editor shows what is now stored.
            refreshRow(active);
            refreshProgress();
        });
        conflict.open();
    }

    /** For uz-Cyrl (from uz), uz (from uz-Cyrl) or kk-Latn (from kk): convert a segment, or fill the locale. */
    private void showScriptActions() {
        scriptActions.removeAll();
        derivation.sourceLocaleFor(locale, project.targetLocales()).ifPresent(from -> {
            Button segment = new Button(getTranslation("script.convertSegment", from), VaadinIcon.EXCHANGE.create(),
                    click -> convertActiveSegment(from));
            segment.setId("convert-segment");
            segment.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button locale = new Button(getTranslation("script.fillLocale", from), click -> fillLocale(from));
            locale.setId("derive-locale");
            locale.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            scriptActions.add(segment, locale);
        });
    }

    private void convertActiveSegment(String from) {
        if (active == null) {
            return;
        }
        derivation.convertedSegment(active.segmentId(), from, locale).ifPresentOrElse(converted -> {
            TargetEdit edit = new TargetEdit(active.segmentId(), locale, converted, active.version(), Origin.TRANSLITERATION);
            SaveResult result = translations.saveDraft(edit);
            if (result instanceof SaveResult.Conflict conflict) {
                openConflict(active, converted, conflict.target(), false);
                return;
            }
            stored(active, result.target());
            refreshRow(active);
        }, () -> Notifications.error(getTranslation("script.nothingToConvert", from)));
    }

    private void fillLocale(String from) {
        int filled = derivation.deriveLocale(document.id(), from, locale);
        Notifications.success(getTranslation("script.filled", filled, from));
        SegmentRow current = active;
        active = null;
        grid.getDataProvider().refreshAll();
        refreshProgress();
        if (current != null) {
            activateOrdinal(current.ordinal());
        }
    }

    private void filterChanged() {
        if (document == null || segments == null) {
            return;
        }
        SegmentRow previous = active;
        active = null;
        segments.select(filter.getValue(), search.getValue());
        showSearchCount();
        grid.getDataProvider().refreshAll();
        if (previous != null) {
            segments.indexOf(previous.ordinal())
                    .flatMap(index -> rowAt(index).map(row -> new Object[] {row, index}))
                    .ifPresentOrElse(found -> activate((SegmentRow) found[0], (Integer) found[1], true),
                            () -> rowAt(0).ifPresent(row -> activate(row, 0, true)));
        }
    }

    private void showSearchCount() {
        searchCount.setVisible(segments.searching());
        if (segments.searching()) {
            searchCount.setText(getTranslation("editor.searchFound", segments.count()));
        }
    }

    private void clearFilterAndSearch() {
        search.clear();
        filter.setValue(StateFilter.ALL);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        openLive(attach.getUI());
    }

    private void openLive(UI ui) {
        if (document == null) {
            return;
        }
        live.open(access.actor(), document.id(), locale, active == null ? null : active.segmentId(),
                () -> ui.isAttached() && !ui.isClosing(), command -> ui.access(command::run), this::onLive);
        showPresence();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        live.close();
        super.onDetach(detach);
    }

    private void onLive(LiveEvent event) {
        if (document == null) {
            return;
        }
        if (event instanceof LiveEvent.SegmentChanged changed && changed.documentId() == document.id()
                && changed.locale().equals(locale)) {
            colleagueSaved(changed);
        } else if (event instanceof LiveEvent.Presence presence && presence.documentId() == document.id()
                && presence.locale().equals(locale)) {
            showPresence();
        }
    }

    /**
     * A saved change arrived (from any node, maybe this very tab). A row shows the stored text at once; the
     * segment the viewer is typing in is never overwritten: they get the choice of the conflict dialog.
     */
    private void colleagueSaved(LiveEvent.SegmentChanged changed) {
        Optional<SegmentRow> stored = translations.row(changed.segmentId(), locale);
        if (stored.isEmpty()) {
            return;
        }
        SegmentRow row = stored.get();
        decorate(List.of(row));
        if (active != null && active.segmentId() == row.segmentId()) {
            if (row.version() <= active.version()) {
                return;
            }
            if (activeEditor != null && typedHere != null && !typedHere.equals(row.target())) {
                openConflict(active, typedHere, translations.target(row.segmentId(), locale), false);
            } else {
                active = row;
                refreshRow(row);
                Notifications.success(getTranslation("live.changedBy", changed.changedBy()));
            }
            details.show(row.segmentId(), locale, row.target());
        } else {
            flashing.add(row.segmentId());
            refreshRow(row);
            live.later(Duration.ofMillis(2500), () -> {
                flashing.remove(row.segmentId());
                refreshRow(row);
            });
        }
        live.throttled("progress", Duration.ofSeconds(1), this::refreshProgress);
    }

    /** The colleagues' avatars, and their soft locks on the rows they are on. */
    private void showPresence() {
        List<LiveEvent.Presence> others = live.others(document.id(), locale);
        avatars.show(others);
        Map<Long, String> now = new HashMap<>();
        for (LiveEvent.Presence other : others) {
            if (other.segmentId() != null) {
                now.putIfAbsent(other.segmentId(), other.displayName());
            }
        }
        java.util.Set<Long> changedRows = new java.util.HashSet<>(now.keySet());
        changedRows.addAll(editingBy.keySet());
        changedRows.removeIf(id -> java.util.Objects.equals(now.get(id), editingBy.get(id)));
        editingBy = now;
        for (long segmentId : changedRows) {
            translations.row(segmentId, locale).ifPresent(this::refreshRow);
        }
    }

    private void refreshProgress() {
        LocaleProgress localeProgress = translations.progress(document.id(), List.of(locale)).get(locale);
        progress.show(localeProgress);
        if (signOff != null) {
            signOff.refresh(localeProgress);
        }
        counts.setText(getTranslation("editor.counts", localeProgress.segments(TargetState.TRANSLATED)
                        + localeProgress.segments(TargetState.APPROVED),
                localeProgress.totalSegments(), localeProgress.totalWords()));
    }

    private void rememberInUrl(int ordinal) {
        Map<String, String> parameters = reviewMode ? Map.of("segment", String.valueOf(ordinal), "mode", "review")
                : Map.of("segment", String.valueOf(ordinal));
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(
                "documents/" + document.id() + "/" + locale, QueryParameters.simple(parameters)));
    }

    @Override
    public String getPageTitle() {
        return document == null ? "Tarjima" : document.name() + " · " + locale + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        if (document == null) {
            return List.of();
        }
        return List.of(
                new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                new Crumb(project.name(), Routes.project(project.id())),
                Crumb.current(document.name()),
                Crumb.current(LocaleTag.displayName(locale, getLocale()) + " (" + locale + ")"));
    }
}
