package org.tarjima.project.ui;

import org.tarjima.base.ui.ComponentTexts;
import org.tarjima.base.i18n.Messages;
import org.tarjima.base.UserInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Notifications;
import org.tarjima.project.NewProject;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/** Creates a project: name, source locale and target locales (ours offered; any BCP 47 tag accepted). */
class NewProjectDialog extends Dialog {

    NewProjectDialog(ProjectService projects, Consumer<ProjectSummary> onCreated) {
        setId("new-project-dialog");
        setHeaderTitle(getTranslation("project.new"));

        TextField name = new TextField(getTranslation("project.name"));
        name.setId("project-name");
        name.setMaxLength(NewProject.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setWidthFull();

        List<String> offered = new ArrayList<>(List.of("en"));
        offered.addAll(LocaleTag.DEFAULT_TARGETS);
        ComboBox<String> source = new ComboBox<>(getTranslation("project.sourceLocale"), offered);
        source.setId("project-source");
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(custom -> source.setValue(custom.getDetail()));
        source.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        source.setValue("en");

        MultiSelectComboBox<String> targets = new MultiSelectComboBox<>(getTranslation("project.targetLocales"));
        targets.setId("project-targets");
        targets.setI18n(ComponentTexts.multiSelect(this));
        List<String> targetItems = new ArrayList<>(LocaleTag.DEFAULT_TARGETS);
        targets.setItems(targetItems);
        targets.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        targets.setAllowCustomValue(true);
        targets.addCustomValueSetListener(custom -> {
            try {
                String tag = LocaleTag.canonical(custom.getDetail());
                if (!targetItems.contains(tag)) {
                    targetItems.add(tag);
                    targets.setItems(targetItems);
                }
                LinkedHashSet<String> selected = new LinkedHashSet<>(targets.getValue());
                selected.add(tag);
                targets.setValue(selected);
            } catch (IllegalArgumentException e) {
                Notifications.error(getTranslation("error.localeTag", custom.getDetail()));
            }
        });
        targets.setValue(new LinkedHashSet<>(LocaleTag.DEFAULT_TARGETS));
        targets.setWidthFull();
        // Every chosen language as a chip, on as many lines as it takes (collapsed, the overflow chip was unreadable).
        targets.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);

        Select<PretranslateOnImport> pretranslate = PretranslateSelect.create(key -> getTranslation(key));
        pretranslate.setId("project-pretranslate");

        FormLayout form = new FormLayout(name, source, targets, pretranslate);
        form.setColspan(name, 2);
        form.setColspan(targets, 2);
        form.setColspan(pretranslate, 2);
        add(form);
        setWidth("min(640px, 95vw)");

        Button create = new Button(getTranslation("action.create"), click -> {
            List<String> ordered = LocaleTag.DEFAULT_TARGETS.stream().filter(targets.getValue()::contains).toList();
            List<String> chosen = new ArrayList<>(ordered);
            targets.getValue().stream().filter(tag -> !chosen.contains(tag)).forEach(chosen::add);
            // Each problem marked at its field, all at once, before anything is sent.
            boolean valid = mark(name, name.getValue().isBlank() ? getTranslation("project.error.nameRequired") : null);
            String sourceProblem = null;
            try {
                LocaleTag.canonical(source.getValue() == null ? "" : source.getValue());
            } catch (IllegalArgumentException e) {
                sourceProblem = getTranslation("error.localeTag", source.getValue() == null ? "" : source.getValue());
            }
            valid &= mark(source, sourceProblem);
            valid &= mark(targets, chosen.isEmpty() ? getTranslation("project.error.targetsRequired")
                    : chosen.contains(source.getValue()) ? getTranslation("project.error.targetIsSource", source.getValue())
                    : null);
            if (!valid) {
                return;
            }
            try {
                ProjectSummary created = projects.create(new NewProject(name.getValue(), source.getValue(), chosen,
                        pretranslate.getValue()));
                close();
                onCreated.accept(created);
            } catch (UserInputException e) {
                Notifications.error(Messages.say(this, e.userMessage()));
            }
        });
        create.setId("create-project");
        name.addValueChangeListener(change -> name.setInvalid(false));
        source.addValueChangeListener(change -> source.setInvalid(false));
        targets.addValueChangeListener(change -> targets.setInvalid(false));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    /** Shows the problem at the field (null: none); true when there is none. */
    private static boolean mark(com.vaadin.flow.component.HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
        return problem == null;
    }
}
