package org.tarjima.interchange;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.project.ProjectSummary;

/**
 * What every XLIFF import needs before it reads units: the reader for the file's version, and the file's
 * languages matched against the project's.
 */
@Component
class XliffReaders {

    private final List<XliffReader> readers;

    XliffReaders(List<XliffReader> readers) {
        this.readers = readers;
    }

    XliffReader readerFor(XliffHeader header) {
        return readers.stream().filter(r -> r.reads(header.version())).findFirst()
                .orElseThrow(() -> new InterchangeException("XLIFF version " + header.version() + " cannot be read."));
    }

    /**
     * The project's locale the file translates into, or null when the file has no target language.
     *
     * @throws InterchangeException when the source language differs or the target is not one of the project's
     */
    static String targetLocale(XliffHeader header, ProjectSummary project) {
        String source = canonical(header.sourceLocale(), "source language");
        if (!source.equalsIgnoreCase(project.sourceLocale())) {
            throw new InterchangeException("The file's source language is " + source + ", but project '" + project.name()
                    + "' translates from " + project.sourceLocale() + ".");
        }
        if (header.targetLocale() == null) {
            return null;
        }
        String target = canonical(header.targetLocale(), "target language");
        return project.targetLocales().stream().filter(l -> l.equalsIgnoreCase(target)).findFirst()
                .orElseThrow(() -> new InterchangeException("The file's target language " + target
                        + " is not a target locale of project '" + project.name() + "' (" + String.join(", ",
                        project.targetLocales()) + ")."));
    }

    private static String canonical(String tag, String what) {
        try {
            return org.tarjima.base.LocaleTag.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new InterchangeException("The file's " + what + " '" + tag + "' is not a valid language tag.");
        }
    }
}
