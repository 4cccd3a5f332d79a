package org.tarjima.glossary.io;

import org.tarjima.glossary.GlossaryImportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it: fields in double quotes may hold separators, quotes (doubled) and line breaks; records end
 * with CRLF (or LF, or CR). The separator is a comma, or a semicolon or a tab where the header row says so (as
 * spreadsheets write CSV in locales with a decimal comma). A quote inside an unquoted field is taken literally.
 */
final class CsvRecords {

    /** One record and the line it starts on (1-based). */
    record Record(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /**
     * @throws GlossaryImportException for text that is not UTF-8 or a quoted field that is never closed
     */
    static List<Record> read(byte[] content) {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, separator(text));
    }

    /** The separator the header row uses most: a comma, a semicolon or a tab (a comma when in doubt). */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    static List<Record> parse(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new GlossaryImportException(quoteLine, "glossary.import.unclosedQuote",
                                "a quoted field starts here and is never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new GlossaryImportException(line, "glossary.import.afterQuote",
                            "text follows the closing quote of a field; a quote inside a field is written twice (\"\")");
                }
                fieldStarted = true;
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                continue;
            }
            field.append(c);
            fieldStarted = true;
            i++;
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** Strict UTF-8: a file in another encoding is refused with the line of the first byte that is not UTF-8. */
    static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        try {
            CharBuffer text = decoder.decode(in);
            return text.toString();
        } catch (MalformedInputException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < content.length; i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            throw new GlossaryImportException(line, "glossary.import.notUtf8",
                    "the file is not UTF-8 text; save it as CSV UTF-8");
        } catch (CharacterCodingException e) {
            throw new GlossaryImportException(0, "glossary.import.notUtf8",
                    "the file is not UTF-8 text; save it as CSV UTF-8");
        }
    }

    /** One field as RFC 4180 writes it: quoted when it holds a separator, a quote, a line break or edge spaces. */
    static String quote(String field, char separator) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        boolean needs = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.strip().equals(field);
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
