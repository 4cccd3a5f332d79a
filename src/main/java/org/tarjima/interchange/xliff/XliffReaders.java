package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
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
                .orElseThrow(() -> new InterchangeException(Message.of("refusal.xliffVersionUnreadable", header.version()),
                        "XLIFF version " + header.version() + " cannot be read."));
    }

    /**
     * The project's locale the file translates into: the file's target language; for a file that names none, the
     * locale asked for, else the project's only target locale; null when the file names none and has no translations
     * to lose.
     *
     * @param requested the locale the person importing chose (null: none chosen)
     * @throws InterchangeException when the source language differs, the target is not one of the project's, or
     *                              the file says one target language and the person another
     * @throws TargetLocaleNeededException when the file has translations, names no target language, nobody chose
     *                                     one and the project has several
     */
    static String targetLocale(XliffPrecheck.Inspection file, ProjectSummary project, String requested) {
        XliffHeader header = file.header();
        String source = canonical(header.sourceLocale(), "source language");
        if (!source.equalsIgnoreCase(project.sourceLocale())) {
            throw new InterchangeException(Message.of("refusal.sourceLanguage", source, project.name(), project.sourceLocale()),
                    "The file's source language is " + source + ", but project '" + project.name()
                    + "' translates from " + project.sourceLocale() + ".");
        }
        String chosen = requested == null || requested.isBlank() ? null : projectLocale(project, requested, "chosen");
        if (header.targetLocale() != null) {
            String target = projectLocale(project, header.targetLocale(), "file's");
            if (chosen != null && !chosen.equals(target)) {
                throw new InterchangeException(Message.of("refusal.targetLanguage", target, chosen),
                        "The file's target language is " + target + ", not " + chosen
                        + ". Import it as " + target + ", or correct the file.");
            }
            return target;
        }
        if (chosen != null) {
            return chosen;
        }
        if (project.targetLocales().size() == 1) {
            return project.targetLocales().get(0);
        }
        if (file.targets()) {
            throw new TargetLocaleNeededException(project.targetLocales());
        }
        return null;
    }

    private static String projectLocale(ProjectSummary project, String tag, String whose) {
        String locale = canonical(tag, "target language");
        return project.targetLocales().stream().filter(l -> l.equalsIgnoreCase(locale)).findFirst()
                .orElseThrow(() -> new InterchangeException(Message.of("refusal.notProjectTarget", locale, project.name(),
                        String.join(", ", project.targetLocales())), "The " + whose + " target language " + locale
                        + " is not a target locale of project '" + project.name() + "' (" + String.join(", ",
                        project.targetLocales()) + ")."));
    }

    private static String canonical(String tag, String what) {
        try {
            return org.tarjima.base.LocaleTag.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new InterchangeException(Message.of("refusal.invalidLanguageTag", tag),
                    "The file's " + what + " '" + tag + "' is not a valid language tag.");
        }
    }
}
