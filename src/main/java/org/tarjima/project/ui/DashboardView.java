package org.tarjima.project.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.tarjima.base.ui.UiTimers;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.LiveEvents;
import org.tarjima.security.AccessPolicy;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tarjima.review.ReviewService;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.TranslationService;
import org.tarjima.translation.ui.StateBar;

/** The start page: one card per project with its locales and overall progress. */
@Route(value = Routes.DASHBOARD)
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle, HasBreadcrumb {

    private final ProjectService projects;
    private final TranslationService translations;
    private final Div cards = new Div();

    private final ReviewService reviews;
    private final AccessPolicy access;
    private final LiveEvents live;
    private final java.util.Set<Long> shown = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean refreshPending = new java.util.concurrent.atomic.AtomicBoolean();
    private Runnable unsubscribe;

    public DashboardView(ProjectService projects, TranslationService translations,
                         ReviewService reviews, AccessPolicy access, LiveEvents live) {
        this.live = live;
        this.reviews = reviews;
        this.access = access;
        this.projects = projects;
        this.translations = translations;
        addClassName("page");
        setId("dashboard");

        H2 title = new H2(getTranslation("dashboard.title"));
        Button create = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(),
                click -> new NewProjectDialog(projects, created -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                        new RouteParameters("projectId", String.valueOf(created.id()))))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-project");
        create.setVisible(access.actor().mayCreateProjects());
        Div header = new Div(title, create);
        header.addClassName("page-header");
        cards.addClassName("project-cards");
        cards.setId("project-cards");
        add(header, cards);
        showProjects();
    }

    private void showProjects() {
        cards.removeAll();
        List<ProjectSummary> all = projects.list();
        if (all.isEmpty()) {
            Div empty = new Div(getTranslation(access.actor().mayCreateProjects() ? "dashboard.empty" : "dashboard.emptyNoRole"));
            empty.addClassName("empty-state");
            empty.setId("dashboard-empty");
            cards.add(empty);
            return;
        }
        shown.clear();
        for (ProjectSummary project : all) {
            shown.add(project.id());
            cards.add(card(project));
        }
    }

    private Div card(ProjectSummary project) {
        RouterLink name = new RouterLink(project.name(), ProjectView.class,
                new RouteParameters("projectId", String.valueOf(project.id())));
        H3 heading = new H3(name);

        Div locales = new Div();
        locales.addClassName("locale-chips");
        Span source = new Span(project.sourceLocale());
        source.addClassNames("locale-chip", "source");
        locales.add(source, new Span("→"));
        int documentCount = project.documentCount();
        Map<String, Integer> signedOff = reviews.signedOffDocuments(project.id());
        for (String target : project.targetLocales()) {
            Span chip = new Span(target);
            chip.addClassName("locale-chip");
            chip.setId("locale-chip-" + project.id() + "-" + target);
            if (documentCount > 0 && signedOff.getOrDefault(target, 0) == documentCount) {
                // Every document of the project is signed off in this locale: it can ship.
                chip.addClassName("signed-off");
                chip.addComponentAsFirst(VaadinIcon.DIPLOMA.create());
                chip.getElement().setAttribute("title", getTranslation("dashboard.localeSignedOff", target));
            }
            locales.add(chip);
        }

        Map<String, LocaleProgress> progress = translations.projectProgress(project.id(), project.targetLocales());
        LocaleProgress overall = progress.values().stream().reduce(LocaleProgress::plus)
                .orElse(LocaleProgress.empty(""));
        StateBar bar = new StateBar(overall);

        int signedOffCount = signedOff.values().stream().mapToInt(Integer::intValue).sum();
        Span meta = new Span(getTranslation("dashboard.documents", project.documentCount(), project.targetLocales().size())
                + " · " + getTranslation("dashboard.signedOff", signedOffCount, documentCount * project.targetLocales().size()));
        meta.addClassName("meta");

        Div card = new Div(heading, locales, bar, meta);
        card.addClassName("project-card");
        card.setId("project-card-" + project.id());
        return card;
    }

    /** Progress moves while colleagues work: saves anywhere refresh the cards, at most once a second. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        unsubscribe = live.subscribe(event -> {
            if (event instanceof LiveEvent.SegmentChanged changed && shown.contains(changed.projectId())
                    && refreshPending.compareAndSet(false, true)) {
                UiTimers.later(ui, Duration.ofSeconds(1), () -> {
                    refreshPending.set(false);
                    showProjects();
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        super.onDetach(detach);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(Crumb.current(getTranslation("nav.projects")));
    }
}
