package org.tarjima.memory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.Routes;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.memory.ConcordanceHit;
import org.tarjima.memory.ConcordanceSide;
import org.tarjima.memory.TmPair;
import org.tarjima.memory.TmxService;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.security.NotPermittedException;
import org.tarjima.base.ui.InlineTextView;

/**
 * The shared translation memory: pick a language pair (with its unit counts), search it by word or phrase on
 * either side (concordance), and, for admins and managers, import and export TMX and delete a wrong unit.
 */
@Route(value = Routes.MEMORY)
@PermitAll
@StyleSheet("context://frontend/memory.css")
public class MemoryView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private final TranslationMemory memory;
    private final TmxService tmx;
    private final ImportLimit importLimit;
    private final ComboBox<TmPair> pair = new ComboBox<>();
    private final Span counts = new Span();
    private final TextField query = new TextField();
    private final Select<ConcordanceSide> side = new Select<>();
    private final Button search = new Button(VaadinIcon.SEARCH.create());
    private final Div curatorTools = new Div();
    private final Grid<ConcordanceHit> hits = new Grid<>();
    private final Div empty = new Div();
    private boolean curator;
    /** The chosen pair, for downloads, which run outside the UI's lock. */
    private volatile TmPair exported;

    public MemoryView(TranslationMemory memory, TmxService tmx, ImportLimit importLimit) {
        this.memory = memory;
        this.tmx = tmx;
        this.importLimit = importLimit;
        addClassNames("page", "memory-view");
        setId("memory-view");

        H2 title = new H2(getTranslation("tm.title"));
        title.setId("memory-title");
        counts.setId("memory-counts");
        counts.addClassName("memory-counts");
        Div header = new Div(title, counts);
        header.addClassName("page-header");

        pair.setId("memory-pair");
        pair.setLabel(getTranslation("memory.pair"));
        pair.setItemLabelGenerator(this::pairLabel);
        pair.addValueChangeListener(change -> pairChosen());
        pair.addClassName("memory-pair");

        query.setId("memory-query");
        query.setLabel(getTranslation("memory.query"));
        query.setPlaceholder(getTranslation("memory.queryHint"));
        query.setMaxLength(TranslationMemory.MAX_QUERY_LENGTH);
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, enter -> runSearch());
        query.addClassName("memory-query");

        side.setId("memory-side");
        side.setLabel(getTranslation("memory.side"));
        side.setItems(ConcordanceSide.values());
        side.setItemLabelGenerator(value -> getTranslation("memory.side." + value.name()));
        side.setValue(ConcordanceSide.BOTH);

        search.setId("memory-search");
        search.setText(getTranslation("memory.search"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> runSearch());

        Div toolbar = new Div(pair, query, side, search, curatorTools);
        toolbar.addClassName("memory-toolbar");
        curatorTools.addClassName("memory-curator-tools");

        hits.setId("memory-hits");
        hits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        hits.addClassName("memory-hits");
        hits.setPageSize(TranslationMemory.MAX_PAGE / 2);
        empty.setId("memory-empty");
        empty.addClassName("empty-state");
        add(header, toolbar, hits, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TranslationMemory.TmAbilities abilities = memory.abilities();
        if (!abilities.search()) {
            throw new NotPermittedException("error.notPermitted.tmAny", "no role in any project: no translation memory");
        }
        curator = abilities.curate();
        configureCuratorTools();
        configureColumns();
        // memory?source=en&target=ru opens a pair directly (a link from elsewhere, a bookmark).
        Map<String, List<String>> parameters = event == null ? Map.of()
                : event.getLocation().getQueryParameters().getParameters();
        reloadPairs(first(parameters.get("source")), first(parameters.get("target")));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Reloads the pairs and their counts, keeping (or choosing) the given pair when it exists. */
    void reloadPairs(String sourceLocale, String targetLocale) {
        TmPair current = pair.getValue();
        String source = sourceLocale != null ? sourceLocale : current == null ? null : current.sourceLocale();
        String target = targetLocale != null ? targetLocale : current == null ? null : current.targetLocale();
        List<TmPair> pairs = memory.pairs();
        pair.setItems(pairs);
        TmPair chosen = pairs.stream()
                .filter(p -> p.sourceLocale().equals(source) && p.targetLocale().equals(target)).findFirst()
                .orElse(pairs.isEmpty() ? null : pairs.get(0));
        pair.setValue(chosen);
        pairChosen();
    }

    private void pairChosen() {
        TmPair chosen = pair.getValue();
        exported = chosen;
        boolean any = chosen != null;
        counts.setText(any ? getTranslation("memory.counts", chosen.units(), chosen.approved(), chosen.translated()) : "");
        counts.setVisible(any);
        query.setEnabled(any);
        side.setEnabled(any);
        search.setEnabled(any);
        curatorTools.getChildren().filter(tool -> "export".equals(tool.getElement().getAttribute("data-tool")))
                .forEach(tool -> tool.setVisible(any));
        if (!query.getValue().isBlank() && any) {
            runSearch();
        } else {
            showNothing(any ? "memory.empty.start" : curator ? "memory.empty.noPairsCurator" : "memory.empty.noPairs");
        }
    }

    private void configureCuratorTools() {
        curatorTools.removeAll();
        curatorTools.setVisible(curator);
        if (!curator) {
            return;
        }
        Button importTmx = new Button(getTranslation("memory.import"), VaadinIcon.UPLOAD_ALT.create(),
                click -> new TmxImportDialog(tmx, importLimit, pair.getValue(), report -> {
                    reloadPairs(report.sourceLocale(), report.targetLocale());
                }).open());
        importTmx.setId("memory-import");
        importTmx.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        curatorTools.add(importTmx, exportLink(false), exportLink(true));
    }

    /** A download of the chosen pair as TMX, made when clicked, from a temporary file deleted once sent. */
    private Anchor exportLink(boolean approvedOnly) {
        String kind = approvedOnly ? "approved" : "all";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            TmPair chosen = exported;
            if (chosen == null) {
                return DownloadResponse.error(404);
            }
            TmxService.ExportedTmx exported = tmx.exportTmxFile(chosen.sourceLocale(), chosen.targetLocale(), approvedOnly);
            Path file = exported.file();
            InputStream in = new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(file);
                }
            };
            return new DownloadResponse(in, exported.fileName(), "application/x-tmx+xml", Files.size(file));
        }), "");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("data-tool", "export");
        link.setId("memory-export-" + kind);
        Button button = new Button(getTranslation("memory.export." + kind), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        return link;
    }

    private void configureColumns() {
        hits.removeAllColumns();
        hits.addComponentColumn(hit -> text(hit, true)).setKey("source").setHeader(getTranslation("memory.column.source")).setFlexGrow(3);
        hits.addComponentColumn(hit -> text(hit, false)).setKey("target").setHeader(getTranslation("memory.column.target")).setFlexGrow(3);
        hits.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("memory.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(this::origin).setKey("origin").setHeader(getTranslation("memory.column.origin")).setFlexGrow(2);
        if (curator) {
            hits.addComponentColumn(this::actions).setKey("actions").setWidth("4em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
    }

    private Component text(ConcordanceHit hit, boolean source) {
        InlineTextView view = new InlineTextView(source ? hit.source() : hit.target());
        view.setId("memory-" + (source ? "source-" : "target-") + hit.unitId());
        view.addClassName(source ? "memory-source" : "memory-target");
        TmPair chosen = pair.getValue();
        if (chosen != null) {
            view.getElement().setAttribute("lang", source ? chosen.sourceLocale() : chosen.targetLocale());
        }
        return view;
    }

    private Component state(ConcordanceHit hit) {
        Span dot = new Span();
        dot.addClassNames("state-dot", "state-" + hit.state().name().toLowerCase());
        Span label = new Span(getTranslation("state." + hit.state().name()));
        Span cell = new Span(dot, label);
        cell.addClassName("memory-state");
        cell.setId("memory-state-" + hit.unitId());
        return cell;
    }

    private Component origin(ConcordanceHit hit) {
        String where;
        if (hit.projectName() != null) {
            where = hit.projectName() + (hit.documentName() == null ? "" : " › " + hit.documentName());
        } else {
            where = getTranslation(hit.fromTmx() ? "tm.fromTmx" : "tm.otherProject");
        }
        Span place = new Span(where);
        place.addClassName("memory-where");
        Span who = new Span(getTranslation("memory.changed", hit.updatedBy(), Times.format(hit.updatedAt(), getLocale())));
        who.addClassName("memory-who");
        Div cell = new Div(place, who);
        cell.addClassName("memory-origin");
        cell.setId("memory-origin-" + hit.unitId());
        return cell;
    }

    private Component actions(ConcordanceHit hit) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(hit));
        delete.setId("memory-delete-" + hit.unitId());
        delete.setAriaLabel(getTranslation("memory.delete"));
        delete.setTooltipText(getTranslation("memory.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private void confirmDelete(ConcordanceHit hit) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("memory-delete-dialog");
        confirm.setHeader(getTranslation("memory.deleteConfirm.title"));
        confirm.setText(getTranslation("memory.deleteConfirm.text", hit.source().plainText(), hit.target().plainText()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("memory.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                memory.deleteUnit(hit.unitId());
                Notifications.success(getTranslation("memory.deleted"));
            } catch (NoSuchElementException gone) {
                // deleted by someone else meanwhile: the refresh shows it
            } catch (NotPermittedException refused) {
                Notifications.error(getTranslation("error.notPermitted.tmDelete"));
            }
            reloadPairs(null, null);
        });
        confirm.open();
    }

    private void runSearch() {
        TmPair chosen = pair.getValue();
        String phrase = query.getValue().strip();
        if (chosen == null || phrase.isEmpty()) {
            showNothing(chosen == null ? "memory.empty.noPairs" : "memory.empty.start");
            return;
        }
        ConcordanceSide where = side.getValue() == null ? ConcordanceSide.BOTH : side.getValue();
        List<ConcordanceHit> first;
        try {
            first = page(chosen, phrase, where, 0, TranslationMemory.MAX_PAGE);
        } catch (IllegalArgumentException noWords) {
            showNothing("memory.empty.noWords");
            return;
        }
        if (first.isEmpty()) {
            showNothing("memory.empty.noHits", phrase);
            return;
        }
        if (first.size() < TranslationMemory.MAX_PAGE) {
            // Everything there is fits one page: shown whole, the grid as tall as its rows.
            hits.setItems(first);
            hits.setAllRowsVisible(true);
        } else {
            // More: the grid asks for pages as it scrolls; the service gives at most MAX_PAGE a call, so larger
            // asks are split.
            hits.setAllRowsVisible(false);
            hits.setItems(grid -> fetch(chosen, phrase, where, grid.getOffset(), grid.getLimit()));
        }
        hits.setVisible(true);
        empty.setVisible(false);
    }

    private Stream<ConcordanceHit> fetch(TmPair chosen, String phrase, ConcordanceSide where, int offset, int limit) {
        List<ConcordanceHit> all = new ArrayList<>();
        while (all.size() < limit) {
            int size = Math.min(TranslationMemory.MAX_PAGE, limit - all.size());
            TranslationMemory.ConcordancePage page = memory.concordance(phrase, chosen.sourceLocale(),
                    chosen.targetLocale(), where, offset + all.size(), size);
            all.addAll(page.hits());
            if (!page.more()) {
                break;
            }
        }
        return all.stream();
    }

    private List<ConcordanceHit> page(TmPair chosen, String phrase, ConcordanceSide where, int offset, int limit) {
        return memory.concordance(phrase, chosen.sourceLocale(), chosen.targetLocale(), where, offset, limit).hits();
    }

    private void showNothing(String key, Object... arguments) {
        hits.setItems(List.of());
        hits.setVisible(false);
        empty.setText(getTranslation(key, arguments));
        empty.setVisible(true);
    }

    private String pairLabel(TmPair p) {
        return p.sourceLocale() + " → " + p.targetLocale() + " · " + LocaleTag.displayName(p.targetLocale(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tm.title") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                Crumb.current(getTranslation("tm.title")));
    }
}
