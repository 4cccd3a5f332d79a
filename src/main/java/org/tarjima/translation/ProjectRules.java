package org.tarjima.translation;

import java.util.List;
import org.tarjima.project.RepetitionsMode;

/**
 * What a change of a target in its project sets off, as the save read it with the target: whether a confirm applies
 * itself to the repetitions, and the linked script variants derived from the target's locale.
 */
record ProjectRules(RepetitionsMode repetitions, List<String> derivedLocales) {

    ProjectRules {
        derivedLocales = List.copyOf(derivedLocales);
    }
}
