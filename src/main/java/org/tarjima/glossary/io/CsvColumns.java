package org.tarjima.glossary.io;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarjima.base.LocaleTag;

/**
 * The columns of a glossary CSV, named by the header row:
 * <pre>
 * en | en forms | notes | do not translate | ru | ru forms | ru notes | ru forbidden | ru forbidden forms | ru forbidden notes | kk …
 * </pre>
 * Only the source column is required ("term" or "source" also name it); a plain {@code en,ru,kk} sheet is a glossary.
 * A locale's cell may hold several terms separated by {@code |}; its forms and notes cells then hold as many parts,
 * in the same order. Forms within a part are separated by commas; a {@code *} after a word makes a stem.
 */
public final class CsvColumns {

    enum Kind {
        SOURCE(""), SOURCE_FORMS(" forms"), NOTES("notes"), DO_NOT_TRANSLATE("do not translate"),
        TERMS(""), FORMS(" forms"), TERM_NOTES(" notes"),
        FORBIDDEN(" forbidden"), FORBIDDEN_FORMS(" forbidden forms"), FORBIDDEN_NOTES(" forbidden notes");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    /** @param locale the target locale, or null for the entry's own columns */
    record Column(Kind kind, String locale) {

        String header(String sourceLocale) {
            return switch (kind) {
                case SOURCE -> sourceLocale;
                case SOURCE_FORMS -> sourceLocale + kind.suffix;
                case NOTES, DO_NOT_TRANSLATE -> kind.suffix;
                default -> locale + kind.suffix;
            };
        }
    }

    static final List<Kind> PER_LOCALE = List.of(Kind.TERMS, Kind.FORMS, Kind.TERM_NOTES, Kind.FORBIDDEN,
            Kind.FORBIDDEN_FORMS, Kind.FORBIDDEN_NOTES);

    private CsvColumns() {
    }

    /** The column a header names, or null when it names nothing a glossary has. */
    static Column parse(String header, String sourceLocale) {
        String name = header.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", " ");
        switch (name) {
            case "term", "source", "source term" -> {
                return new Column(Kind.SOURCE, null);
            }
            case "forms", "source forms" -> {
                return new Column(Kind.SOURCE_FORMS, null);
            }
            case "notes", "note" -> {
                return new Column(Kind.NOTES, null);
            }
            case "do not translate", "do-not-translate", "dnt" -> {
                return new Column(Kind.DO_NOT_TRANSLATE, null);
            }
            default -> {
            }
        }
        List<Kind> longestFirst = new ArrayList<>(PER_LOCALE);
        longestFirst.sort((a, b) -> b.suffix.length() - a.suffix.length());
        for (Kind kind : longestFirst) {
            if (!kind.suffix.isEmpty() && name.endsWith(kind.suffix) || kind.suffix.isEmpty()) {
                String tag = name.substring(0, name.length() - kind.suffix.length()).strip();
                String locale;
                try {
                    locale = LocaleTag.canonical(tag);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                    continue;
                }
                if (sameLanguage(locale, sourceLocale)) {
                    return kind == Kind.TERMS ? new Column(Kind.SOURCE, null)
                            : kind == Kind.FORMS ? new Column(Kind.SOURCE_FORMS, null) : null;
                }
                return new Column(kind, locale);
            }
        }
        return null;
    }

    static boolean sameLanguage(String a, String b) {
        return ULocale.forLanguageTag(a).getLanguage().equals(ULocale.forLanguageTag(b).getLanguage())
                && ULocale.addLikelySubtags(ULocale.forLanguageTag(a)).getScript()
                .equals(ULocale.addLikelySubtags(ULocale.forLanguageTag(b)).getScript());
    }

    /** Parts of a cell separated by {@code |}; {@code \|} is a literal bar and {@code \\} a backslash. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return parts;
        }
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                part.append(cell.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    static String join(List<String> parts) {
        List<String> escaped = parts.stream()
                .map(p -> p == null ? "" : p.replace("\\", "\\\\").replace("|", "\\|")).toList();
        return escaped.stream().allMatch(String::isBlank) ? "" : String.join(" | ", escaped);
    }

    /** Forms within one part: separated by commas. */
    static List<String> forms(String part) {
        List<String> forms = new ArrayList<>();
        if (part == null) {
            return forms;
        }
        for (String form : part.split(",")) {
            if (!form.isBlank()) {
                forms.add(form.strip());
            }
        }
        return forms;
    }
}
