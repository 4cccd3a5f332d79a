package org.tarjima.translation.ui;

import org.springframework.stereotype.Component;
import org.tarjima.translation.LinkedVariants;
import org.tarjima.translation.PivotService;
import org.tarjima.translation.ScriptDerivationService;

/**
 * What the editor offers beside the translator's own text, from the other locales of the project: the other script's
 * conversion, the pivot translation and the linked variant's new derivation. One handle, so that the sessions stay
 * within the views' limit of services.
 */
@Component
record EditorAids(ScriptDerivationService derivation, PivotService pivots, LinkedVariants linked) {
}
