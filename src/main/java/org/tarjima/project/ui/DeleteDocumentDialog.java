package org.tarjima.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.tarjima.base.ui.Notifications;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;

/** Asks before a document goes with every translation of it; the translation memory keeps what was confirmed. */
class DeleteDocumentDialog extends ConfirmDialog {

    DeleteDocumentDialog(DocumentService documents, DocumentSummary document, Runnable deleted) {
        setId("delete-document-dialog");
        setHeader(getTranslation("document.delete.title", document.name()));
        setText(getTranslation("document.delete.what", document.segmentCount()));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("delete-document-cancel");
        setCancelable(true);
        setCancelButton(cancel);
        Button delete = new Button(getTranslation("document.delete.confirm"), click -> {
            documents.delete(document.id());
            close();
            Notifications.success(getTranslation("document.delete.done", document.name()));
            deleted.run();
        });
        delete.setId("delete-document-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        setConfirmButton(delete);
    }
}
