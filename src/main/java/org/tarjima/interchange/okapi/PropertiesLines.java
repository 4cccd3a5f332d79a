package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tarjima.interchange.InterchangeException;

/**
 * A .properties file's logical lines as Java reads them: each key with its line number, the comments above it and its
 * value as written (escapes unresolved). Okapi reads almost anything as properties, so this is also where a file the
 * application itself would misread is refused, with its line number.
 *
 * @param header comment lines before the first key
 */
record PropertiesLines(List<Key> keys, List<String> header) {

    /** A \\u escape that is really one (an even number of backslashes before it) without four hex digits. */
    private static final Pattern BROKEN_UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

    /**
     * @param rawValue the value exactly as the file writes it, or null when it continues over several lines
     */
    record Key(String key, int line, List<String> notes, String rawValue) {
    }

    /** The value of each key exactly as written (keys whose value continues over lines are left out). */
    Map<String, String> rawValues() {
        Map<String, String> values = new HashMap<>();
        keys.stream().filter(k -> k.rawValue() != null).forEach(k -> values.put(k.key(), k.rawValue()));
        return values;
    }

    static PropertiesLines scan(String text) {
        List<Key> keys = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i].stripLeading();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#") || line.startsWith("!")) {
                comments.add(line.substring(1).strip());
                if (keys.isEmpty()) {
                    header.add(line.substring(1).strip());
                }
                continue;
            }
            int first = i + 1;
            StringBuilder logical = new StringBuilder(line);
            boolean continued = false;
            while (endsWithContinuation(logical)) {
                continued = true;
                logical.setLength(logical.length() - 1);
                if (++i >= physical.length || (i == physical.length - 1 && physical[i].isEmpty())) {
                    throw new InterchangeException(Message.of("refusal.propertiesContinues", first),
                            "The value on line " + first + " continues (it ends with a "
                            + "backslash) past the end of the file. Nothing was imported.");
                }
                logical.append(physical[i].stripLeading());
            }
            if (BROKEN_UNICODE_ESCAPE.matcher(logical).find()) {
                throw new InterchangeException(Message.of("refusal.propertiesEscape", first),
                        "Line " + first + " has a \\u escape without four hexadecimal digits. "
                        + "Write the character itself (the file is UTF-8) or a complete escape such as \\u00e9. "
                        + "Nothing was imported.");
            }
            int keyEnd = keyEnd(logical);
            String key = logical.substring(0, keyEnd);
            Integer before = seen.putIfAbsent(key, first);
            if (before != null) {
                throw new InterchangeException(Message.of("refusal.propertiesDuplicate", key, before, first),
                        "The key '" + key + "' is given twice (lines " + before + " and " + first
                        + "): only the last one would count. Remove one and upload the file again. Nothing was imported.");
            }
            keys.add(new Key(key, first, comments, continued ? null : logical.substring(valueStart(logical, keyEnd))));
            comments = new ArrayList<>();
        }
        return new PropertiesLines(List.copyOf(keys), List.copyOf(header));
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where the key ends, as Okapi names the text unit: the first unescaped separator or whitespace. */
    private static int keyEnd(CharSequence line) {
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return line.length();
    }

    /** Where the value starts: after whitespace and at most one separator, as Okapi and java.util.Properties read it. */
    private static int valueStart(CharSequence line, int keyEnd) {
        boolean separatorSeen = false;
        for (int i = keyEnd; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!separatorSeen && (c == '=' || c == ':')) {
                separatorSeen = true;
            } else if (!Character.isWhitespace(c)) {
                return i;
            }
        }
        return line.length();
    }
}
