package org.tarjima.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tarjima.base.ui.Notifications;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/**
 * Deleting a project cannot be undone, so the manager types its name first (as GitHub and Weblate ask), and chooses
 * whether its confirmed translations stay in the shared translation memory (kept by default: other projects reuse
 * them).
 */
class DeleteProjectDialog extends Dialog {

    DeleteProjectDialog(ProjectService projects, ProjectSummary shown, Runnable deleted) {
        // As it is now: documents may have come or gone since the page was drawn.
        ProjectSummary project = projects.find(shown.id()).orElse(shown);
        setId("delete-project-dialog");
        setHeaderTitle(getTranslation("project.delete.title", project.name()));
        setWidth("34em");

        Paragraph what = new Paragraph(getTranslation("project.delete.what", project.documentCount()));
        Checkbox keepMemory = new Checkbox(getTranslation("project.delete.keepMemory"), true);
        keepMemory.setId("delete-project-keep-tm");
        TextField name = new TextField(getTranslation("project.delete.typeName"));
        name.setId("delete-project-name");
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.EAGER);

        Button delete = new Button(getTranslation("project.delete.confirm"), click -> {
            projects.delete(project.id(), keepMemory.getValue());
            close();
            Notifications.success(getTranslation("project.delete.done", project.name()));
            deleted.run();
        });
        delete.setId("delete-project-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        // The exact name, as shown: a slip of the hand cannot delete a whole project.
        name.addValueChangeListener(change -> delete.setEnabled(project.name().equals(change.getValue().strip())));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("delete-project-cancel");

        VerticalLayout content = new VerticalLayout(what, keepMemory, name);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, delete);
    }
}
