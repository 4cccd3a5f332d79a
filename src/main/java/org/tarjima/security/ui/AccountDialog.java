package org.tarjima.security.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.tarjima.security.Actor;
import org.tarjima.security.UserService;

/** "Who am I here?": the signed-in user's name and roles, and their personal access tokens for the API. */
public class AccountDialog extends Dialog {

    public AccountDialog(UserService users) {
        Actor me = users.me();
        setId("account-dialog");
        setHeaderTitle(getTranslation("account.title"));
        setWidth("min(760px, 95vw)");
        addClassName("account-dialog");

        Avatar avatar = new Avatar(me.displayName());
        avatar.addClassName("account-avatar");
        Span name = new Span(me.displayName());
        name.addClassName("account-name");
        name.setId("account-display-name");
        Span login = new Span(getTranslation("account.signedInAs", me.username()));
        login.addClassName("account-login");
        login.setId("account-username");
        Div who = new Div(avatar, new Div(name, login));
        who.addClassName("account-who");

        Div roles = new Div();
        roles.addClassName("chips");
        roles.setId("account-roles");
        if (me.admin()) {
            roles.add(RoleLabels.adminChip(this));
        }
        me.grants().forEach(grant -> roles.add(RoleLabels.chip(this, grant)));
        if (!me.admin() && me.grants().isEmpty()) {
            Span none = new Span(getTranslation("account.noRoles"));
            none.addClassName("muted");
            roles.add(none);
        }

        add(who, new H3(getTranslation("admin.roles")), roles, new TokensPanel(users));

        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("close-account");
        getFooter().add(close);
    }
}
