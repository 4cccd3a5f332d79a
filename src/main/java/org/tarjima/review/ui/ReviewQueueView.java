package org.tarjima.review.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Times;
import org.tarjima.review.ReviewQueueItem;
import org.tarjima.review.ReviewService;

/**
 * What waits for the signed-in reviewer: each document locale with confirmed translations not yet approved or
 * rejected, longest waiting first, opening the editor in review mode. Document and project names are data and are
 * shown as text.
 */
@Route(value = Routes.REVIEW_QUEUE)
@PermitAll
public class ReviewQueueView extends Div implements HasDynamicTitle, HasBreadcrumb {

    private final Grid<ReviewQueueItem> grid = new Grid<>();

    public ReviewQueueView(ReviewService reviews) {
        addClassNames("page", "review-queue");
        setId("review-queue");
        H2 title = new H2(getTranslation("reviewQueue.title"));
        Div header = new Div(title);
        header.addClassName("page-header");

        List<ReviewQueueItem> items = reviews.queue();
        Span summary = new Span(getTranslation("reviewQueue.summary", items.size(),
                items.stream().mapToInt(ReviewQueueItem::awaiting).sum(),
                items.stream().mapToInt(ReviewQueueItem::awaitingWords).sum()));
        summary.setId("review-queue-summary");
        summary.addClassName("review-queue-summary");

        grid.setId("review-queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::documentCell)).setHeader(getTranslation("reviewQueue.document"))
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::localeChip)).setHeader(getTranslation("reviewQueue.locale"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("reviewQueue.awaiting", item.awaiting(), item.awaitingWords()))
                .setHeader(getTranslation("reviewQueue.awaitingHeader")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::approvedCell)).setHeader(getTranslation("reviewQueue.approvedHeader"))
                .setFlexGrow(1);
        grid.addColumn(item -> item.rejected() == 0 ? "" : getTranslation("reviewQueue.rejected", item.rejected()))
                .setHeader(getTranslation("reviewQueue.rejectedHeader")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Times.format(item.waitingSince(), getLocale()))
                .setHeader(getTranslation("reviewQueue.waitingSince")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::reviewButton)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setVisible(!items.isEmpty());

        Div empty = new Div();
        empty.setId("review-queue-empty");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("reviewQueue.empty"));
        empty.setVisible(items.isEmpty());
        add(header, summary, grid, empty);
    }

    private Div documentCell(ReviewQueueItem item) {
        Span document = new Span(item.documentName());
        document.addClassName("review-queue-document");
        Anchor project = new Anchor("projects/" + item.projectId(), item.projectName());
        project.addClassName("review-queue-project");
        return new Div(document, project);
    }

    private Span localeChip(ReviewQueueItem item) {
        Span chip = new Span(item.locale());
        chip.addClassName("locale-chip");
        chip.setTitle(LocaleTag.displayName(item.locale(), getLocale()));
        return chip;
    }

    private Div approvedCell(ReviewQueueItem item) {
        double share = item.segments() == 0 ? 0 : (double) item.approved() / item.segments();
        ProgressBar bar = new ProgressBar(0, 1, share);
        bar.addClassName("review-queue-approved");
        Span label = new Span(getTranslation("reviewQueue.approved", item.approved(), item.segments()));
        label.addClassName("review-queue-approved-label");
        return new Div(bar, label);
    }

    private Button reviewButton(ReviewQueueItem item) {
        Button review = new Button(getTranslation("reviewQueue.review"), VaadinIcon.CHECK_SQUARE_O.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("documents/" + item.documentId() + "/" + item.locale(),
                        QueryParameters.of("mode", "review"))));
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        review.setId("review-" + item.documentId() + "-" + item.locale());
        return review;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviewQueue.title") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(Crumb.current(getTranslation("reviewQueue.title")));
    }
}
