package org.tarjima;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tarjima.base.i18n.MessageBundles;

/**
 * No user-facing literal (PetClinic's I18n test, by reading the sources): whatever a person reads comes from the
 * bundles, in their language. A literal handed straight to a component's text (setText, setLabel, new Span, a
 * notification…) in a {@code ui} package fails, unless it is a bundle key, a path, or names a product or a format
 * (Tarjima, XLIFF…); a view does not show an exception's own (English) message; and an import refusal carries a
 * message key.
 */
class I18nLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java/org/tarjima");

    /** Calls whose arguments a person reads. */
    private static final Pattern SHOWN = Pattern.compile("(?<![\\w.])(?:\\w+\\.)?(?:setText|setLabel|setPlaceholder|setHelperText"
            + "|setHeaderTitle|setErrorMessage|setTooltipText|setAriaLabel|setTitle|setHeader|setFooter|setConfirmText"
            + "|setCancelText|setRejectText|setSummaryText|setDropLabel)\\s*\\(|\\bNotifications?\\.(?:show|error|success)\\s*\\("
            + "|\\bnew\\s+(?:Span|Paragraph|H[1-6]|Button|Anchor|NativeLabel|Text|Div|Tab|Checkbox|Details|TextField"
            + "|TextArea|PasswordField|ListItem|Pre|Emphasis|Strong|Notification|RouterLink|Html)\\s*\\(");

    /** Words a literal may show in any language: product and format names. */
    private static final Set<String> ANY_LANGUAGE = Set.of("Tarjima", "XLIFF", "TMX", "Okapi", "ICU", "CLDR", "HTML",
            "Markdown", "UTF", "API", "PDF", "Word", "LibreOffice");

    private static final Pattern GIVES_A_MESSAGE = Pattern.compile("\\bMessage\\.of\\(|\\b(?:refusal|user)Message\\(");

    private final Set<String> keys = new MessageBundles().bundle("en").stringPropertyNames();

    @Test
    void views_hand_no_literal_text_to_a_component() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : uiSources()) {
            String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            Matcher call = SHOWN.matcher(code);
            while (call.find()) {
                for (String literal : topLevelLiterals(code, call.end())) {
                    if (userFacing(literal)) {
                        found.add(MAIN.relativize(file) + ":" + line(code, call.start()) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("literal texts in views; use getTranslation(key, arguments)").isEmpty();
    }

    @Test
    void views_never_show_an_exceptions_own_message() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : uiSources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // Logged for the operator is fine; shown to the user it is English, whatever the UI language.
                if (line.contains("getMessage()") && !line.contains("log.")) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1) + " " + line.strip());
                }
            }
        }
        assertThat(found).as("say userMessage() or messageKey() instead").isEmpty();
    }

    @Test
    void import_refusals_carry_a_message_key() throws IOException {
        Map<String, Integer> english = new TreeMap<>();
        Pattern refusal = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?(?:DocumentImportException|InterchangeException)\\s*\\(");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                Matcher call = refusal.matcher(code);
                while (call.find()) {
                    // The first argument is the message for the user: Message.of(…) or a method giving one.
                    if (!GIVES_A_MESSAGE.matcher(firstArgument(code, call.end())).find()) {
                        english.merge(MAIN.relativize(file).toString().replace('\\', '/'), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(english).as("refusals without a message key: new X(Message.of(\"refusal.…\", …), \"English\")").isEmpty();
    }

    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/ui/")).sorted().toList();
        }
    }

    private boolean userFacing(String literal) {
        if (keys.contains(literal) || literal.matches("[\\w./?=&#:-]*[/?=#][\\w./?=&#:-]*")) {
            return false;
        }
        String words = literal;
        for (String name : ANY_LANGUAGE) {
            words = words.replace(name, "");
        }
        return Pattern.compile("\\p{L}{2,}").matcher(words.replaceAll("\\\\[nt]", " ")).find();
    }

    /** The string literals among a call's own arguments (not those of calls nested in them), from after its "(". */
    private static List<String> topLevelLiterals(String code, int from) {
        List<String> literals = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                if (depth == 0 && !code.startsWith("\"\"\"", i)) {
                    literals.add(code.substring(i + 1, end));
                }
                i = end;
            } else if (c == '\'') {
                i = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        return literals;
    }

    private static String firstArgument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    /** The index of the closing quote of the literal opening at {@code start} (a text block's last quote). */
    private static int endOfString(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            return code.indexOf("\"\"\"", start + 3) + 2;
        }
        int i = start + 1;
        while (code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The code with comments blanked (line breaks kept, so line numbers stay right); literals untouched. */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                out.append(code, i, end + 1);
                i = end;
            } else if (c == '\'' && i + 2 < code.length()) {
                int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
                out.append(code, i, end + 1);
                i = end;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = (end < 0 ? code.length() : end) - 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i) + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int line(String code, int index) {
        return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
