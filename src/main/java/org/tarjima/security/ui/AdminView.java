package org.tarjima.security.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.project.ProjectService;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;

/**
 * Users and roles, for admins: who may sign in, and which projects and locales each person works on.
 * The route is for admins only; {@link UserService} checks again on every call.
 */
@Route(value = Routes.ADMIN)
@RolesAllowed("ADMIN")
// Refused users get AdminOnlyView in production too, where Vaadin would otherwise answer "not found".
@AccessDeniedErrorRouter
public class AdminView extends Div implements HasDynamicTitle, HasBreadcrumb {

    private final UserService users;
    private final ProjectService projects;
    private final long me;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Div noMatch = new Div();
    private ListDataProvider<UserSummary> rows = new ListDataProvider<>(List.of());

    public AdminView(UserService users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
        this.me = users.me().id();
        addClassNames("page", "admin-view");
        setId("admin-view");

        H2 title = new H2(getTranslation("nav.admin"));
        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("admin.filter"));
        filter.setAriaLabel(getTranslation("admin.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        Button create = new Button(getTranslation("admin.newUser"), VaadinIcon.PLUS.create(),
                click -> new NewUserDialog(users, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Div header = new Div(title, filter, create);
        header.addClassName("page-header");

        Paragraph hint = new Paragraph(getTranslation("admin.hint"));
        hint.addClassName("dialog-hint");

        configureGrid();
        noMatch.addClassName("empty-state");
        noMatch.setId("users-no-match");
        noMatch.setVisible(false);
        add(header, hint, grid, noMatch);
        refresh();
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addClassName("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("login.username"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(user -> user.username().toLowerCase(Locale.ROOT));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.displayName"))
                .setAutoWidth(true).setFlexGrow(1).setSortable(true);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("admin.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rolesCell).setHeader(getTranslation("admin.roles")).setFlexGrow(3);
        grid.addComponentColumn(this::actionsCell).setHeader(getTranslation("admin.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(user -> user.enabled() ? null : "user-disabled");
    }

    private Component nameCell(UserSummary user) {
        Span name = new Span(user.username());
        name.addClassName("user-login");
        name.setId("user-" + user.id());
        return name;
    }

    /** Administrator and disabled are the two things an admin scans the list for. */
    private Component statusCell(UserSummary user) {
        Div cell = new Div();
        cell.addClassName("chips");
        cell.setId("user-status-" + user.id());
        if (user.admin()) {
            cell.add(RoleLabels.adminChip(this));
        }
        Span state = new Span(getTranslation(user.enabled() ? "admin.enabled" : "admin.disabled"));
        state.addClassNames("status-chip", user.enabled() ? "status-enabled" : "status-disabled");
        cell.add(state);
        return cell;
    }

    private Component rolesCell(UserSummary user) {
        Div cell = new Div();
        cell.addClassName("chips");
        cell.setId("user-roles-" + user.id());
        user.grants().forEach(grant -> cell.add(RoleLabels.chip(this, grant)));
        if (user.grants().isEmpty()) {
            Span none = new Span(getTranslation(user.admin() ? "admin.noRolesAdmin" : "admin.noRoles"));
            none.addClassName("muted");
            cell.add(none);
        }
        return cell;
    }

    private Component actionsCell(UserSummary user) {
        Button roles = iconButton(VaadinIcon.CLIPBOARD_USER, "admin.editRoles", "edit-roles-" + user.id(),
                () -> new RolesDialog(users, projects, user, this::refresh).open());
        Button password = iconButton(VaadinIcon.KEY, "admin.setPassword", "set-password-" + user.id(),
                () -> new PasswordDialog(users, user).open());
        Button email = iconButton(VaadinIcon.ENVELOPE_O, "admin.setEmail", "set-email-" + user.id(),
                () -> new EmailDialog(users, user).open());
        Button enable = user.enabled()
                ? iconButton(VaadinIcon.BAN, "admin.disable", "disable-" + user.id(), () -> setEnabled(user, false))
                : iconButton(VaadinIcon.CHECK_CIRCLE_O, "admin.enable", "enable-" + user.id(), () -> setEnabled(user, true));
        if (user.id() == me) {
            // The service refuses it anyway; a button that can only fail should not look available.
            enable.setEnabled(false);
            enable.setTooltipText(getTranslation("error.user.disableSelf"));
        }
        Div cell = new Div(roles, password, email, enable);
        cell.addClassName("row-actions");
        return cell;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId(id);
        button.setTooltipText(getTranslation(labelKey));
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }

    private void setEnabled(UserSummary user, boolean enabled) {
        try {
            users.setEnabled(user.username(), enabled);
            Notifications.success(getTranslation(enabled ? "admin.enabledNow" : "admin.disabledNow", user.username()));
        } catch (IllegalArgumentException | NotPermittedException e) {
            Notifications.error(Refusals.message(this, e));
        }
        refresh();
    }

    private void created(UserSummary user) {
        refresh();
        Notifications.success(getTranslation("admin.created", user.username()));
        // Without a role a new user sees nothing: the next thing an admin does is give one.
        new RolesDialog(users, projects, user, this::refresh).open();
    }

    private void refresh() {
        rows = new ListDataProvider<>(users.users());
        grid.setItems(rows);
        // Widths follow the longest user name, also one added since the page was drawn.
        grid.recalculateColumnWidths();
        applyFilter();
    }

    private void applyFilter() {
        String wanted = filter.getValue().strip().toLowerCase(getLocale());
        rows.setFilter(user -> wanted.isEmpty() || user.username().toLowerCase(getLocale()).contains(wanted)
                || user.displayName().toLowerCase(getLocale()).contains(wanted));
        boolean none = rows.size(new Query<>()) == 0;
        noMatch.setText(getTranslation("admin.noMatch", filter.getValue().strip()));
        noMatch.setVisible(none);
        grid.setVisible(!none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(Crumb.current(getTranslation("nav.admin")));
    }
}
