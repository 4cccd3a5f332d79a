package org.tarjima.glossary.io;

import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryImportException;
import org.tarjima.glossary.TermTranslation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a glossary CSV (see {@link CsvColumns} for its columns). */
public final class CsvGlossaryReader {

    private CsvGlossaryReader() {
    }

    /**
     * @param targetLocales the locales the glossary takes, or null for any; other locales' columns are ignored
     * @throws GlossaryImportException naming the line of the first problem
     */
    public static GlossaryFile read(byte[] content, String sourceLocale, Collection<String> targetLocales) {
        List<CsvRecords.Record> records = CsvRecords.read(content).stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            throw new GlossaryImportException(0, "glossary.import.empty", "the file is empty");
        }
        CsvRecords.Record header = records.get(0);
        List<CsvColumns.Column> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Set<CsvColumns.Column> seen = new java.util.HashSet<>();
        Set<String> locales = new LinkedHashSet<>();
        for (String name : header.fields()) {
            CsvColumns.Column column = CsvColumns.parse(name.replace("\uFEFF", ""), sourceLocale);
            if (column != null && column.locale() != null && targetLocales != null
                    && !targetLocales.contains(column.locale())) {
                column = null;
            }
            if (column == null) {
                if (!name.isBlank()) {
                    ignored.add(name.strip());
                }
            } else if (!seen.add(column)) {
                throw new GlossaryImportException(header.line(), "glossary.import.duplicateColumn",
                        "two columns are named '" + name.strip() + "'", name.strip());
            } else if (column.locale() != null) {
                locales.add(column.locale());
            }
            columns.add(column);
        }
        if (columns.stream().noneMatch(c -> c != null && c.kind() == CsvColumns.Kind.SOURCE)) {
            throw new GlossaryImportException(header.line(), "glossary.import.noSourceColumn",
                    "the header row has no column for the source language " + sourceLocale + " (or 'term')",
                    sourceLocale);
        }
        List<GlossaryFile.Row> rows = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            rows.add(new GlossaryFile.Row(record.line(), entry(record, columns, locales)));
        }
        return new GlossaryFile(rows, locales, has(columns, CsvColumns.Kind.SOURCE_FORMS),
                has(columns, CsvColumns.Kind.NOTES), has(columns, CsvColumns.Kind.DO_NOT_TRANSLATE), ignored);
    }

    private static boolean has(List<CsvColumns.Column> columns, CsvColumns.Kind kind) {
        return columns.stream().anyMatch(c -> c != null && c.kind() == kind);
    }

    private static EntryRequest entry(CsvRecords.Record record, List<CsvColumns.Column> columns, Set<String> locales) {
        List<String> fields = record.fields();
        for (int i = columns.size(); i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                throw new GlossaryImportException(record.line(), "glossary.import.tooManyFields",
                        "the row has " + fields.size() + " fields but the header has " + columns.size()
                                + "; a field with a separator in it needs double quotes", fields.size(), columns.size());
            }
        }
        Map<CsvColumns.Column, String> cells = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                cells.put(columns.get(i), i < fields.size() ? fields.get(i) : "");
            }
        }
        String term = cell(cells, CsvColumns.Kind.SOURCE, null).strip();
        if (term.isEmpty()) {
            throw new GlossaryImportException(record.line(), "glossary.import.noTerm", "the row has no source term");
        }
        List<TermTranslation> translations = new ArrayList<>();
        for (String locale : locales) {
            translations.addAll(translations(record.line(), locale, false, cells, CsvColumns.Kind.TERMS,
                    CsvColumns.Kind.FORMS, CsvColumns.Kind.TERM_NOTES));
            translations.addAll(translations(record.line(), locale, true, cells, CsvColumns.Kind.FORBIDDEN,
                    CsvColumns.Kind.FORBIDDEN_FORMS, CsvColumns.Kind.FORBIDDEN_NOTES));
        }
        String notes = cell(cells, CsvColumns.Kind.NOTES, null);
        return new EntryRequest(term, CsvColumns.forms(cell(cells, CsvColumns.Kind.SOURCE_FORMS, null)),
                notes.isBlank() ? null : notes, flag(record.line(), cell(cells, CsvColumns.Kind.DO_NOT_TRANSLATE, null)),
                translations, null);
    }

    private static List<TermTranslation> translations(int line, String locale, boolean forbidden,
                                                      Map<CsvColumns.Column, String> cells, CsvColumns.Kind termsKind,
                                                      CsvColumns.Kind formsKind, CsvColumns.Kind notesKind) {
        List<String> terms = CsvColumns.split(cell(cells, termsKind, locale));
        List<String> forms = CsvColumns.split(cell(cells, formsKind, locale));
        List<String> notes = CsvColumns.split(cell(cells, notesKind, locale));
        for (List<String> parallel : List.of(forms, notes)) {
            if (parallel.size() > Math.max(terms.size(), 1)) {
                String column = new CsvColumns.Column(parallel == forms ? formsKind : notesKind, locale).header(locale);
                throw new GlossaryImportException(line, "glossary.import.parts",
                        "column '" + column + "' has " + parallel.size() + " parts separated by | for "
                                + terms.size() + " term(s)", column, parallel.size(), terms.size());
            }
        }
        List<TermTranslation> translations = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).isEmpty()) {
                continue;
            }
            String note = i < notes.size() && !notes.get(i).isEmpty() ? notes.get(i) : null;
            translations.add(new TermTranslation(locale, terms.get(i),
                    i < forms.size() ? CsvColumns.forms(forms.get(i)) : List.of(), forbidden, note));
        }
        return translations;
    }

    private static String cell(Map<CsvColumns.Column, String> cells, CsvColumns.Kind kind, String locale) {
        return cells.getOrDefault(new CsvColumns.Column(kind, locale), "");
    }

    private static boolean flag(int line, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || List.of("no", "false", "0", "n").contains(v)) {
            return false;
        }
        if (List.of("yes", "true", "1", "x", "y").contains(v)) {
            return true;
        }
        throw new GlossaryImportException(line, "glossary.import.badFlag",
                "'" + value.strip() + "' under 'do not translate' is neither yes nor no", value.strip());
    }
}
