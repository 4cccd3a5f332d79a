package org.tarjima.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.tarjima.assignment.Assignment;

/** The people assigned one cell of the matrix: a chip each (step, due date in the tooltip, overdue marked). */
class AssigneesCell extends Div {

    /** @param assign opens the assign dialog, or null when the viewer may not assign */
    AssigneesCell(List<Assignment> assignments, long documentId, String locale, Runnable assign) {
        addClassName("matrix-assignees");
        setId("assignees-" + documentId + "-" + locale);
        for (Assignment a : assignments) {
            Span chip = new Span(a.displayName());
            chip.addClassNames("assignee-chip", "assignee-" + a.step().name().toLowerCase());
            chip.setId("assignee-" + a.id() + "-" + documentId);
            String due = a.due() == null ? getTranslation("myWork.noDue") : DueDates.format(a.due(), getLocale());
            String scope = a.documentId() == null ? getTranslation("assign.scopeProject") : "";
            chip.getElement().setAttribute("title", getTranslation("assign.chipTitle",
                    getTranslation("assignment.step." + a.step().name()), due, scope));
            if (a.overdue()) {
                chip.addClassName("overdue");
                chip.addComponentAsFirst(VaadinIcon.WARNING.create());
                addClassName("overdue");
            }
            add(chip);
        }
        if (assign != null) {
            Button button = new Button(VaadinIcon.PLUS.create(), click -> assign.run());
            button.setId("assign-" + documentId + "-" + locale);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation("assign.button"));
            button.setTooltipText(getTranslation("assign.button"));
            add(button);
        }
    }
}
