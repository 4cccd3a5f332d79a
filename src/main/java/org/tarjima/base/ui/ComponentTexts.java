package org.tarjima.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Vaadin components' own texts (an upload's buttons and refusals, a multi-select's and an avatar group's announcements,
 * the connection indicator) from our bundles: left to their defaults they speak English whatever the UI language
 * ("Upload File...", "Incorrect File Type.", "Online").
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /**
     * The connection indicator's texts in the UI's language ("Online", "Connection lost…" are the client's own): for
     * the reconnect configuration the client reads, and on the indicator itself, which has no server-side API.
     */
    public static void connection(UI ui) {
        String online = ui.getTranslation("connection.online");
        String offline = ui.getTranslation("connection.offline");
        String reconnecting = ui.getTranslation("connection.reconnecting");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(offline);
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }",
                online, offline, reconnecting);
    }

    /** A multi-select combo box's announcements for screen readers, in the UI language. */
    public static MultiSelectComboBoxI18n multiSelect(Component where) {
        MultiSelectComboBoxI18n texts = new MultiSelectComboBoxI18n().setCleared(where.getTranslation("select.cleared"))
                .setFocused(where.getTranslation("select.focused"))
                .setSelected(where.getTranslation("select.selected"))
                .setDeselected(where.getTranslation("select.deselected"));
        // The component puts the count where "{count}" stands (a form without a plural serves every count) and
        // refuses a text without it: a bundle missing the key keeps the component's own rather than failing.
        String total = where.getTranslation("select.total", "{count}");
        return total.contains("{count}") ? texts.setTotal(total) : texts;
    }

    /** An avatar group's texts (who is here), in the UI language. */
    public static AvatarGroup.AvatarGroupI18n avatarGroup(Component where) {
        return new AvatarGroup.AvatarGroupI18n().setAnonymous(where.getTranslation("live.anonymous"))
                .setOneActiveUser(where.getTranslation("live.oneActiveUser"))
                .setManyActiveUsers(where.getTranslation("live.manyActiveUsers", "{count}"));
    }

    /**
     * Grid sort buttons named in the UI's language: Flow's grid connector names them "Sort by …" in the browser and
     * has no setting for it, so the page renames each one as it appears.
     */
    public static void gridSorters(UI ui) {
        ui.getPage().executeJs("""
                const template = $0;
                const rename = sorter => {
                  const label = sorter.getAttribute('aria-label');
                  if (label && label.startsWith('Sort by ')) {
                    const renamed = template.replace('{0}', label.substring('Sort by '.length));
                    // Setting the same label again would wake the observer again, for ever (in English).
                    if (renamed !== label) sorter.setAttribute('aria-label', renamed);
                  }
                };
                const renameIn = node => {
                  if (node.nodeType !== Node.ELEMENT_NODE) return;
                  if (node.localName === 'vaadin-grid-sorter') rename(node);
                  node.querySelectorAll('vaadin-grid-sorter').forEach(rename);
                };
                if (!window.__tarjimaSorters) {
                  window.__tarjimaSorters = new MutationObserver(records => records.forEach(record =>
                      record.type === 'attributes' ? renameIn(record.target) : record.addedNodes.forEach(renameIn)));
                  window.__tarjimaSorters.observe(document.body,
                      {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
                }
                renameIn(document.body);""", ui.getTranslation("grid.sortBy", "{0}"));
    }

    /**
     * The name of the "show password" button of a password field (or of those inside {@code where}, such as the sign-in
     * form's, which it renders itself): Flow's PasswordFieldI18n has no field for it.
     */
    public static void passwordReveal(Component where) {
        where.getElement().executeJs("""
                const name = $0;
                let tries = 0;
                const apply = () => {
                  const fields = this.localName === 'vaadin-password-field' ? [this]
                      : [...this.querySelectorAll('vaadin-password-field')];
                  fields.forEach(field => field.i18n = Object.assign({}, field.i18n, {reveal: name}));
                  if (fields.length === 0 && tries++ < 20) requestAnimationFrame(apply);
                };
                apply();""", where.getTranslation("password.reveal"));
    }

    /** An upload's texts in the UI language, with the default button labels. */
    public static UploadI18N upload(Component where) {
        return upload(where, "upload.addFiles.one", "upload.addFiles.many");
    }

    /**
     * An upload's texts in the UI language.
     *
     * @param addOneKey  the button's label when one file is taken (e.g. "Upload an article…")
     * @param addManyKey its label when several are
     */
    public static UploadI18N upload(Component where, String addOneKey, String addManyKey) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(where.getTranslation("upload.dropFiles.one"))
                .setMany(where.getTranslation("upload.dropFiles.many")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(where.getTranslation(addOneKey))
                .setMany(where.getTranslation(addManyKey)));
        texts.setError(new UploadI18N.Error().setTooManyFiles(where.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(where.getTranslation("upload.error.fileIsTooBig"))
                .setIncorrectFileType(where.getTranslation("upload.error.incorrectFileType")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(where.getTranslation("upload.status.connecting"))
                        .setStalled(where.getTranslation("upload.status.stalled"))
                        .setProcessing(where.getTranslation("upload.status.processing"))
                        .setHeld(where.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(where.getTranslation("upload.remaining.prefix"))
                        .setUnknown(where.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(where.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(where.getTranslation("upload.error.unexpectedServerError"))
                        .setForbidden(where.getTranslation("upload.error.forbidden"))));
        texts.setFile(new UploadI18N.File().setRetry(where.getTranslation("upload.file.retry"))
                .setStart(where.getTranslation("upload.file.start")).setRemove(where.getTranslation("upload.file.remove")));
        texts.setUnits(List.of(where.getTranslation("upload.units").split(",")));
        return texts;
    }
}
