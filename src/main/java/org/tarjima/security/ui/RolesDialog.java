package org.tarjima.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Notifications;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.Grant;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.security.UserSummary;

/** One user's roles: the ones they have, each removable, and a line to add one (project, locale, role). */
class RolesDialog extends Dialog {

    /** Stands for "every locale of the project" in the locale choice (a Select cannot hold null as an item). */
    static final String ALL_LOCALES = "";

    /** A project to grant in; {@code project} null means every project (admins only). */
    record Scope(ProjectSummary project) {
    }

    private final UserService users;
    private final Runnable onChange;
    private UserSummary user;
    private final Div current = new Div();
    private final ComboBox<Scope> project = new ComboBox<>();
    private final Select<String> locale = new Select<>();
    private final Select<ProjectRole> role = new Select<>();

    RolesDialog(UserService users, ProjectService projects, UserSummary user, Runnable onChange) {
        this.users = users;
        this.user = user;
        this.onChange = onChange;
        setId("roles-dialog");
        setHeaderTitle(getTranslation("admin.rolesOf", user.displayName()));
        setWidth("min(720px, 95vw)");

        Paragraph hint = new Paragraph(getTranslation("admin.rolesHint"));
        hint.addClassName("dialog-hint");
        current.setId("role-list");
        current.addClassName("role-list");
        add(hint);
        if (user.admin()) {
            Paragraph admin = new Paragraph(getTranslation("admin.isAdmin", user.displayName()));
            admin.addClassName("dialog-hint");
            add(admin);
        }
        add(current, new H4(getTranslation("admin.addRole")), addLine(projects.list()));
        showRoles();

        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("close-roles");
        getFooter().add(close);
    }

    private Div addLine(List<ProjectSummary> all) {
        List<Scope> scopes = new ArrayList<>();
        all.forEach(p -> scopes.add(new Scope(p)));
        scopes.add(new Scope(null));
        project.setId("role-project");
        project.setLabel(getTranslation("admin.project"));
        project.setItems(scopes);
        project.setItemLabelGenerator(scope -> scope.project() == null ? getTranslation("admin.everyProject")
                : scope.project().name());
        project.addValueChangeListener(change -> offerLocales());

        locale.setId("role-locale");
        locale.setLabel(getTranslation("admin.locale"));
        locale.setItemLabelGenerator(tag -> ALL_LOCALES.equals(tag) ? getTranslation("admin.allLocales")
                : tag + " · " + LocaleTag.displayName(tag, getLocale()));

        role.setId("role-role");
        role.setLabel(getTranslation("admin.role"));
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(ProjectRole.TRANSLATOR);
        role.addValueChangeListener(change -> offerLocales());

        Button add = new Button(getTranslation("admin.addRoleButton"), VaadinIcon.PLUS.create(), click -> grant());
        add.setId("add-role");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div line = new Div(project, locale, role, add);
        line.addClassName("add-role");
        Div block = new Div(line);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("admin.noProjects"));
            none.addClassName("dialog-hint");
            none.setId("roles-no-projects");
            block.addComponentAsFirst(none);
        }
        project.setValue(scopes.get(0));
        return block;
    }

    /** Locales are chosen within a project; a manager has the whole project, so there is nothing to choose then. */
    private void offerLocales() {
        Scope scope = project.getValue();
        List<String> tags = new ArrayList<>();
        tags.add(ALL_LOCALES);
        if (scope != null && scope.project() != null) {
            tags.addAll(scope.project().targetLocales());
        }
        String before = locale.getValue();
        locale.setItems(tags);
        locale.setValue(tags.contains(before) ? before : ALL_LOCALES);
        boolean choosable = scope != null && scope.project() != null && role.getValue() != ProjectRole.MANAGER;
        locale.setEnabled(choosable);
        if (!choosable) {
            locale.setValue(ALL_LOCALES);
        }
    }

    private void grant() {
        Scope scope = project.getValue();
        if (scope == null || role.getValue() == null) {
            Notifications.error(getTranslation("admin.chooseProjectAndRole"));
            return;
        }
        String tag = locale.getValue() == null || ALL_LOCALES.equals(locale.getValue()) ? null : locale.getValue();
        Long projectId = scope.project() == null ? null : scope.project().id();
        int before = user.grants().size();
        try {
            user = users.grant(user.username(), new RoleRequest(projectId, tag, role.getValue()));
            if (user.grants().size() == before) {
                Notifications.success(getTranslation("admin.roleExists"));
            }
        } catch (IllegalArgumentException | NotPermittedException e) {
            Notifications.error(Refusals.message(this, e));
        }
        showRoles();
        onChange.run();
    }

    private void revoke(Grant grant) {
        try {
            users.revokeGrant(grant.id());
        } catch (IllegalArgumentException | NotPermittedException e) {
            Notifications.error(Refusals.message(this, e));
        }
        users.user(user.username()).ifPresent(fresh -> user = fresh);
        showRoles();
        onChange.run();
    }

    private void showRoles() {
        current.removeAll();
        if (user.grants().isEmpty()) {
            Div empty = new Div(getTranslation(user.admin() ? "admin.noRolesYetAdmin" : "admin.noRolesYet", user.displayName()));
            empty.addClassNames("empty-state", "compact");
            empty.setId("roles-empty");
            current.add(empty);
            return;
        }
        for (Grant grant : user.grants()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> revoke(grant));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-role-" + grant.id());
            remove.setTooltipText(getTranslation("admin.removeRole"));
            remove.setAriaLabel(getTranslation("admin.removeRole"));
            Div row = new Div(RoleLabels.chip(this, grant), remove);
            row.addClassName("role-row");
            row.setId("role-" + grant.id());
            current.add(row);
        }
    }
}
