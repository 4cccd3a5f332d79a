package org.tarjima.shell.ui;

import org.tarjima.base.ui.LanguageSelect;
import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import java.util.Locale;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.security.Actor;
import org.tarjima.security.Grant;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.notification.NotificationService;
import org.tarjima.notification.ui.NotificationBell;
import org.tarjima.review.ReviewService;
import org.tarjima.security.UserService;
import org.tarjima.security.ui.AccountDialog;

/**
 * The frame around every view (Vaadin's automatic layout, so no view names it): top bar with breadcrumb, UI language
 * and user; drawer with the sections, each shown when its service says the user may use it.
 */
@StyleSheet("context://frontend/tarjima.css")
@PermitAll
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Div breadcrumb = new Div();

    private final UserService users;

    public MainLayout(UserService users, AuthenticationContext authentication, TranslationMemory memory,
                      ReviewService reviews, NotificationService notifications) {
        this.users = users;
        Actor me = users.me();
        addClassName("tarjima-frame");
        setPrimarySection(Section.NAVBAR);

        Span brand = new Span("Tarjima");
        brand.addClassName("brand");
        brand.setId("brand");
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.setId("breadcrumb");

        Avatar avatar = new Avatar(me.displayName());
        avatar.addClassName("user-avatar");
        avatar.setId("user-avatar");
        Span who = new Span(me.displayName());
        who.addClassName("user-name");
        who.setId("user-name");
        // One button around avatar and name: the way to "who am I, what may I do, my API tokens".
        Button account = new Button();
        account.addClickListener(click -> new AccountDialog(users).open());
        account.setPrefixComponent(avatar);
        account.getElement().appendChild(who.getElement());
        account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.addClassName("account-button");
        account.setId("account-button");
        account.setTooltipText(rolesOf(me));
        account.setAriaLabel(getTranslation("account.open", me.displayName()));
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(),
                click -> new SignOut(me.username(), authentication).start());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.setId("sign-out");
        signOut.setAriaLabel(getTranslation("nav.signOut"));
        signOut.setTooltipText(getTranslation("nav.signOut"));

        HorizontalLayout bar = new HorizontalLayout(drawerToggle(), brand, breadcrumb, languageSwitcher(),
                new NotificationBell(notifications), account, signOut);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(breadcrumb);
        bar.addClassName("top-bar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        SideNavItem projects = new SideNavItem(getTranslation("nav.projects"), Routes.DASHBOARD,
                VaadinIcon.FOLDER_OPEN_O.create());
        projects.setId("nav-projects");
        nav.addItem(projects);
        SideNavItem myWork = new SideNavItem(getTranslation("nav.myWork"), Routes.MY_WORK, VaadinIcon.TASKS.create());
        myWork.setId("nav-my-work");
        nav.addItem(myWork);
        // Each section is shown when its feature's service says the user may use it.
        if (reviews.hasReviewQueue()) {
            SideNavItem queue = new SideNavItem(getTranslation("nav.reviewQueue"), Routes.REVIEW_QUEUE,
                    VaadinIcon.CHECK_SQUARE_O.create());
            queue.setId("nav-review-queue");
            nav.addItem(queue);
        }
        SideNavItem glossary = new SideNavItem(getTranslation("glossary.globalTitle"), Routes.GLOBAL_GLOSSARY,
                VaadinIcon.BOOK.create());
        glossary.setId("nav-glossary");
        if (memory.abilities().search()) {
            SideNavItem tm = new SideNavItem(getTranslation("tm.title"), Routes.MEMORY, VaadinIcon.DATABASE.create());
            tm.setId("nav-memory");
            nav.addItem(tm);
        }
        nav.addItem(glossary);
        if (me.admin()) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"), Routes.ADMIN, VaadinIcon.USERS.create());
            admin.setId("nav-admin");
            nav.addItem(admin);
            SideNavItem rateCard = new SideNavItem(getTranslation("nav.rateCard"), Routes.RATE_CARD,
                    VaadinIcon.MONEY.create());
            rateCard.setId("nav-rate-card");
            nav.addItem(rateCard);
        }
        addToDrawer(nav);
        setDrawerOpened(false);
    }

    /** The drawer's button, named in the UI language (the component's own name is English). */
    private DrawerToggle drawerToggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggleDrawer"));
        toggle.setTooltipText(getTranslation("nav.toggleDrawer"));
        return toggle;
    }

    private Select<Locale> languageSwitcher() {
        return LanguageSelect.create(getLocale(), users::setUiLanguage);
    }

    /** "Administrator · Translator: Harmony with nature (kk, ru)" for the name's tooltip. */
    private String rolesOf(Actor me) {
        List<String> parts = new ArrayList<>();
        if (me.admin()) {
            parts.add(getTranslation("role.ADMIN"));
        }
        for (Grant grant : me.grants()) {
            String scope = grant.projectName() == null ? getTranslation("role.everyProject") : grant.projectName();
            parts.add(getTranslation("role." + grant.role().name()) + ": " + scope
                    + (grant.locale() == null ? "" : " (" + grant.locale() + ")"));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        breadcrumb.removeAll();
        HasElement content = getContent();
        if (content instanceof HasBreadcrumb crumbs) {
            boolean first = true;
            for (Crumb crumb : crumbs.breadcrumb()) {
                if (!first) {
                    Span separator = new Span("›");
                    separator.addClassName("crumb-separator");
                    breadcrumb.add(separator);
                }
                first = false;
                breadcrumb.add(crumbComponent(crumb));
            }
        }
    }

    private static Component crumbComponent(Crumb crumb) {
        if (crumb.path() == null) {
            Span current = new Span(crumb.label());
            current.addClassName("crumb-current");
            return current;
        }
        Component link = Routes.link(crumb.label(), crumb.path());
        link.addClassName("crumb");
        return link;
    }
}
