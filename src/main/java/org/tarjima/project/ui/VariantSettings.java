package org.tarjima.project.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Notifications;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.PivotSetting;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/**
 * The project settings about its locales among themselves: the pivot shown beside the source (Russian by default) and
 * the linked script variants (uz-Cyrl follows uz). Managers only, as the rest of the settings; the service checks it.
 */
class VariantSettings extends Div {

    private final ProjectService projects;
    private final Select<String> pivot = new Select<>();
    private final CheckboxGroup<LinkedLocale> links = new CheckboxGroup<>();
    private long projectId;

    VariantSettings(ProjectService projects) {
        this.projects = projects;
        addClassName("variant-settings");
        pivot.setId("project-pivot-setting");
        pivot.setLabel(getTranslation("project.pivot"));
        pivot.setHelperText(getTranslation("project.pivotHint"));
        pivot.setWidth("24em");
        pivot.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                PivotSetting saved = projects.setPivot(projectId, change.getValue());
                Notifications.success(getTranslation("project.pivotSaved", label(saved.stored() == null
                        ? PivotSetting.DEFAULT : saved.stored())));
            }
        });
        links.setId("project-linked-locales");
        links.setLabel(getTranslation("project.linkedLocales"));
        links.setHelperText(getTranslation("project.linkedLocalesHint"));
        links.setItemLabelGenerator(link -> getTranslation("project.linkedLocale", link.locale(), link.baseLocale()));
        links.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                List<LinkedLocale> saved = projects.setLinkedLocales(projectId, new ArrayList<>(change.getValue()));
                Notifications.success(getTranslation("project.linkedLocalesSaved", saved.size()));
            } catch (IllegalArgumentException refused) {
                // Two links that would chain (uz-Cyrl ← uz and uz ← uz-Cyrl): the stored links stay.
                Notifications.error(getTranslation("project.linkedLocalesRefused"));
                links.setValue(new HashSet<>(projects.linkedLocales(projectId)));
            }
        });
        add(pivot, links);
    }

    void show(ProjectSummary project) {
        projectId = project.id();
        List<String> choices = new ArrayList<>(List.of(PivotSetting.DEFAULT, PivotSetting.NONE));
        choices.addAll(project.targetLocales());
        pivot.setItems(choices);
        pivot.setItemLabelGenerator(this::label);
        String stored = projects.pivot(project.id()).stored();
        pivot.setValue(stored == null ? PivotSetting.DEFAULT : stored);
        List<LinkedLocale> candidates = projects.linkCandidates(project.id());
        links.setItems(candidates);
        links.setValue(new HashSet<>(projects.linkedLocales(project.id())));
        links.setVisible(!candidates.isEmpty());
    }

    private String label(String choice) {
        if (PivotSetting.DEFAULT.equals(choice)) {
            return getTranslation("project.pivot.default", PivotSetting.DEFAULT_PIVOT);
        }
        if (PivotSetting.NONE.equals(choice)) {
            return getTranslation("project.pivot.none");
        }
        return LocaleTag.displayName(choice, getLocale()) + " (" + choice + ")";
    }
}
