package org.tarjima.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.tarjima.assignment.Assignee;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.NewAssignment;
import org.tarjima.assignment.Step;
import org.tarjima.base.UserInputException;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.NotPermittedException;

/**
 * Assigns a person a step of a document locale (or, with the box ticked or without a document, of the whole project
 * locale) by a due date. A person without the step's role is refused unless the manager grants it here.
 */
public class AssignDialog extends Dialog {

    private final ComboBox<Assignee> person = new ComboBox<>();
    private final Select<Step> step = new Select<>();
    private final DatePicker due = new DatePicker();
    private final Checkbox wholeProject = new Checkbox();
    private final Checkbox grantRole = new Checkbox();

    /**
     * @param documentId the cell's document, or null for the project locale
     * @param assigned   called after an assignment was created
     */
    public AssignDialog(AssignmentService assignments, long projectId, Long documentId, String documentName,
                        String locale, Runnable assigned) {
        setId("assign-dialog");
        setHeaderTitle(documentName == null ? getTranslation("assign.titleProject", locale)
                : getTranslation("assign.title", documentName, locale));
        person.setId("assign-person");
        person.setLabel(getTranslation("assign.person"));
        person.setItems(assignments.assignable(projectId));
        person.setItemLabelGenerator(a -> a.displayName().equals(a.username()) ? a.username()
                : getTranslation("assign.personLabel", a.displayName(), a.username()));
        person.setRequired(true);
        step.setId("assign-step");
        step.setLabel(getTranslation("assign.step"));
        step.setItems(Step.values());
        step.setItemLabelGenerator(s -> getTranslation("assignment.step." + s.name()));
        step.setValue(Step.TRANSLATE);
        due.setId("assign-due");
        due.setLabel(getTranslation("assign.due"));
        due.setLocale(getLocale());
        due.setI18n(DatePickers.i18n(getLocale(), this::getTranslation));
        due.setMin(LocalDate.now());
        due.setClearButtonVisible(true);
        wholeProject.setId("assign-whole-project");
        wholeProject.setLabel(getTranslation("assign.wholeProject", locale));
        wholeProject.setVisible(documentId != null);
        grantRole.setId("assign-grant-role");
        grantRole.setLabel(getTranslation("assign.grantRole"));
        add(new FormLayout(person, step, due, wholeProject, grantRole));

        Button assign = new Button(getTranslation("assign.submit"), click -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("assign.personRequired"));
                return;
            }
            boolean project = documentId == null || wholeProject.getValue();
            try {
                assignments.assign(new NewAssignment(project ? null : documentId, projectId, locale, step.getValue(),
                        person.getValue().username(), due.getValue(), grantRole.getValue()));
            } catch (UserInputException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                return;
            } catch (NotPermittedException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                return;
            }
            Notifications.success(getTranslation("assign.done", person.getValue().displayName()));
            close();
            assigned.run();
        });
        assign.setId("assign-submit");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("assign.cancel"), click -> close());
        cancel.setId("assign-cancel");
        getFooter().add(cancel, assign);
    }
}
