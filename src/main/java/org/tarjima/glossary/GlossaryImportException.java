package org.tarjima.glossary;

/**
 * A glossary file that was refused; nothing of it was stored. It names the line (1-based) where the problem is, or 0
 * when the problem is the whole file.
 */
public class GlossaryImportException extends GlossaryException {

    private final int line;

    public GlossaryImportException(int line, String messageKey, String message, Object... arguments) {
        super(messageKey, (line > 0 ? "Line " + line + ": " : "") + message, arguments);
        this.line = line;
    }

    /** The same problem found while reading the given line. */
    static GlossaryImportException atLine(int line, GlossaryException problem) {
        String message = problem.getMessage();
        return new GlossaryImportException(line, problem.messageKey(), message, problem.arguments());
    }

    public int line() {
        return line;
    }
}
