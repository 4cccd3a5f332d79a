package org.tarjima.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.AccessTokenInfo;
import org.tarjima.security.CreatedToken;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.UserService;

/** The signed-in user's personal access tokens: create one (its secret shown once), see them all, revoke. */
class TokensPanel extends Div {

    private final UserService users;
    private final Moments moments;
    private final Grid<AccessTokenInfo> grid = new Grid<>();
    private final Div empty = new Div();
    private final Div secretBox = new Div();
    /** The token whose secret the box shows, if any. */
    private Long shownToken;

    TokensPanel(UserService users) {
        this.users = users;
        this.moments = new Moments(getLocale());
        addClassName("tokens-panel");
        setId("tokens-panel");

        H3 title = new H3(getTranslation("account.tokens"));
        add(title, usage(), createLine());
        secretBox.setId("token-secret-box");
        // Emptied rather than hidden: Flow keeps an invisible element's old children in the page, secret included.
        secretBox.addClassName("token-secret-box");

        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AccessTokenInfo::name).setHeader(getTranslation("account.tokenName")).setFlexGrow(1);
        grid.addColumn(token -> moments.format(token.createdAt())).setHeader(getTranslation("account.created"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("account.neverUsed")
                : moments.format(token.lastUsedAt())).setHeader(getTranslation("account.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::stateCell).setHeader(getTranslation("account.state")).setFlexGrow(1);
        grid.setPartNameGenerator(token -> token.active() ? null : "token-revoked");
        empty.setText(getTranslation("account.noTokens"));
        empty.addClassNames("empty-state", "compact");
        empty.setId("tokens-empty");
        add(secretBox, grid, empty);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Times in the reader's own zone: the browser tells it once per UI, then the list is drawn again.
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            moments.useZone(details.getTimeZoneId());
            grid.getDataProvider().refreshAll();
        });
    }

    /** "Scripts send it as Authorization: Bearer <token> …", with the header as code wherever the language puts it. */
    private Paragraph usage() {
        String marker = "\u0000";
        String[] parts = getTranslation("account.tokenUsage", marker, "/api").split(marker, 2);
        Paragraph usage = new Paragraph(new Text(parts[0]), new Code("Authorization: Bearer <token>"));
        if (parts.length > 1) {
            usage.add(new Text(parts[1]));
        }
        usage.addClassName("dialog-hint");
        usage.setId("token-usage");
        return usage;
    }

    private Div createLine() {
        TextField name = new TextField();
        name.setId("token-name");
        name.setPlaceholder(getTranslation("account.tokenNamePlaceholder"));
        name.setAriaLabel(getTranslation("account.tokenName"));
        name.setMaxLength(AccessTokenInfo.NAME_MAX_LENGTH);
        Button create = new Button(getTranslation("account.createToken"), VaadinIcon.PLUS.create(), click -> {
            try {
                CreatedToken created = users.createToken(name.getValue());
                name.clear();
                name.setInvalid(false);
                showSecret(created);
                refresh();
            } catch (IllegalArgumentException | NotPermittedException e) {
                name.setErrorMessage(Refusals.message(this, e));
                name.setInvalid(true);
            }
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div line = new Div(name, create);
        line.addClassName("token-create");
        return line;
    }

    /** The only time the secret exists outside the user's clipboard: it is not stored, only its hash. */
    private void showSecret(CreatedToken created) {
        secretBox.removeAll();
        TextField secret = new TextField(getTranslation("account.newToken", created.token().name()));
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setValue(created.secret());
        secret.setWidthFull();
        secret.addClassName("token-secret");
        secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));

        Button copy = new Button(VaadinIcon.COPY_O.create());
        copy.setId("copy-token");
        copy.addThemeVariants(ButtonVariant.LUMO_ICON);
        copy.setTooltipText(getTranslation("account.copy"));
        copy.setAriaLabel(getTranslation("account.copy"));
        // Copied in the browser, within the click (clipboards want a user gesture); the server only hears "copied".
        copy.getElement().executeJs("""
                const field = $0;
                this.addEventListener('click', async () => {
                  try {
                    if (navigator.clipboard && window.isSecureContext) {
                      await navigator.clipboard.writeText(field.value);
                    } else {
                      field.inputElement.select();
                      if (!document.execCommand('copy')) throw new Error('copy refused');
                    }
                    this.dispatchEvent(new CustomEvent('tarjima-copied'));
                  } catch (e) {
                    field.inputElement.select();
                  }
                });""", secret.getElement());
        copy.getElement().addEventListener("tarjima-copied", copied -> Notifications.success(getTranslation("account.copied")));
        secret.setSuffixComponent(copy);

        Paragraph warning = new Paragraph(getTranslation("account.secretOnce"));
        warning.addClassName("token-warning");
        warning.setId("token-warning");
        secretBox.add(secret, warning);
        shownToken = created.token().id();
    }

    private Component stateCell(AccessTokenInfo token) {
        if (!token.active()) {
            // Plain text, not a chip: with its date it is long and has to wrap in the narrow dialog.
            Span revoked = new Span(getTranslation("account.revokedAt", moments.format(token.revokedAt())));
            revoked.addClassNames("token-revoked-at");
            revoked.setId("token-state-" + token.id());
            return revoked;
        }
        Span active = new Span(getTranslation("account.active"));
        active.addClassNames("status-chip", "status-enabled");
        active.setId("token-state-" + token.id());
        Button revoke = new Button(getTranslation("account.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setId("revoke-token-" + token.id());
        Div cell = new Div(active, revoke);
        cell.addClassName("token-state");
        return cell;
    }

    private void confirmRevoke(AccessTokenInfo token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("revoke-dialog");
        confirm.setHeader(getTranslation("account.revokeTitle", token.name()));
        confirm.setText(getTranslation("account.revokeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button revoke = new Button(getTranslation("account.revoke"), click -> {
            confirm.close();
            try {
                users.revokeToken(token.id());
                if (Long.valueOf(token.id()).equals(shownToken)) {
                    // A revoked secret is worthless; leaving it on screen would only invite copying it.
                    secretBox.removeAll();
                    shownToken = null;
                }
                Notifications.success(getTranslation("account.revoked", token.name()));
            } catch (IllegalArgumentException | NotPermittedException e) {
                Notifications.error(Refusals.message(this, e));
            }
            refresh();
        });
        revoke.setId("confirm-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(revoke);
        confirm.open();
    }

    private void refresh() {
        List<AccessTokenInfo> tokens = users.myTokens();
        grid.setItems(tokens);
        grid.recalculateColumnWidths();
        grid.setVisible(!tokens.isEmpty());
        empty.setVisible(tokens.isEmpty());
    }
}
