package org.tarjima.project;

/**
 * What a project does with the NEW targets of a document when it is imported: leave them, or fill those with a
 * 100 % (or context) TM match as DRAFT (a translator still confirms them) or as TRANSLATED. Stored by name.
 */
public enum PretranslateOnImport {
    OFF, DRAFT, TRANSLATED;

    /** The setting named by a user or a client, case-insensitively; null means OFF. */
    public static PretranslateOnImport parse(String name) {
        if (name == null || name.isBlank()) {
            return OFF;
        }
        for (PretranslateOnImport mode : values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("pretranslate must be OFF, DRAFT or TRANSLATED, not '" + name + "'");
    }
}
