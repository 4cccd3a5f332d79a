package org.tarjima.glossary;

/** An update of an entry that someone else changed since the user opened it; nothing was stored. */
public class GlossaryConflictException extends RuntimeException {

    private final transient GlossaryEntry current;

    GlossaryConflictException(GlossaryEntry current) {
        super("The term '" + current.term() + "' was changed by " + current.updatedBy()
                + " in the meantime (now version " + current.version() + "); reload it and edit again");
        this.current = current;
    }

    /** The entry as it is stored now. */
    public GlossaryEntry current() {
        return current;
    }
}
