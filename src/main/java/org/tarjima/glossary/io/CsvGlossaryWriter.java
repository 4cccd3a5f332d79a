package org.tarjima.glossary.io;

import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.TermTranslation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a glossary as CSV UTF-8 (with a byte order mark, so that spreadsheets read Cyrillic right), CRLF line ends,
 * one row per source term. A locale always has its terms column; its other columns only when some entry fills them.
 */
public final class CsvGlossaryWriter {

    private static final char SEPARATOR = ',';

    private CsvGlossaryWriter() {
    }

    public static byte[] write(String sourceLocale, List<String> locales, List<GlossaryEntry> entries) {
        List<CsvColumns.Column> columns = new ArrayList<>();
        columns.add(new CsvColumns.Column(CsvColumns.Kind.SOURCE, null));
        for (CsvColumns.Kind kind : List.of(CsvColumns.Kind.SOURCE_FORMS, CsvColumns.Kind.NOTES,
                CsvColumns.Kind.DO_NOT_TRANSLATE)) {
            CsvColumns.Column column = new CsvColumns.Column(kind, null);
            if (entries.stream().anyMatch(e -> !cell(column, e).isEmpty())) {
                columns.add(column);
            }
        }
        for (String locale : locales) {
            for (CsvColumns.Kind kind : CsvColumns.PER_LOCALE) {
                CsvColumns.Column column = new CsvColumns.Column(kind, locale);
                if (kind == CsvColumns.Kind.TERMS || entries.stream().anyMatch(e -> !cell(column, e).isEmpty())) {
                    columns.add(column);
                }
            }
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, columns, column -> column.header(sourceLocale));
        for (GlossaryEntry entry : entries) {
            row(csv, columns, column -> cell(column, entry));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<CsvColumns.Column> columns, Function<CsvColumns.Column, String> value) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(CsvRecords.quote(value.apply(columns.get(i)), SEPARATOR));
        }
        csv.append("\r\n");
    }

    private static String cell(CsvColumns.Column column, GlossaryEntry entry) {
        boolean forbidden = switch (column.kind()) {
            case FORBIDDEN, FORBIDDEN_FORMS, FORBIDDEN_NOTES -> true;
            default -> false;
        };
        List<TermTranslation> translations = column.locale() == null ? List.of()
                : entry.translations(column.locale()).stream().filter(t -> t.forbidden() == forbidden).toList();
        return switch (column.kind()) {
            case SOURCE -> entry.term();
            case SOURCE_FORMS -> String.join(", ", entry.forms());
            case NOTES -> entry.notes() == null ? "" : entry.notes();
            case DO_NOT_TRANSLATE -> entry.doNotTranslate() ? "yes" : "";
            case TERMS, FORBIDDEN -> CsvColumns.join(translations.stream().map(TermTranslation::term).toList());
            case FORMS, FORBIDDEN_FORMS -> CsvColumns.join(translations.stream()
                    .map(t -> String.join(", ", t.forms())).toList());
            case TERM_NOTES, FORBIDDEN_NOTES -> CsvColumns.join(translations.stream()
                    .map(t -> t.notes() == null ? "" : t.notes()).toList());
        };
    }
}
