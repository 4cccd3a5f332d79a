package org.tarjima.glossary;

import java.util.List;

/**
 * The languages of a glossary as the user sees it: its source, and the target locales it shows as columns (a
 * project's target locales the user may see; for the global glossary the default targets and any other in use).
 */
public record GlossaryLocales(String source, List<String> targets) {

    public GlossaryLocales {
        targets = List.copyOf(targets);
    }
}
