package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.sf.okapi.filters.properties.Parameters;
import net.sf.okapi.filters.properties.PropertiesFilter;
import org.tarjima.interchange.InterchangeException;

/**
 * Okapi's properties filter as both directions use it, so that reading and writing see the same text units: UTF-8,
 * characters written as themselves (no \\uXXXX on output), one text unit per key (never split into sentences, which
 * would tear ICU plural and select messages apart), and simple ICU arguments ({0}, {1, number, integer}) as inline
 * codes. Plural and select arguments stay text: their case keywords differ between languages (ru has few and many),
 * so they cannot be codes that source and target share.
 */
final class PropertiesFilters {

    /**
     * A simple numbered argument: {0}, {0, number}, {1, number, integer}, {2, date, short}. Named arguments are left
     * as text: {he} in "{0, select, male {he} other {they}}" is words to translate, not an argument.
     */
    static final String SIMPLE_ARGUMENT = "\\{\\s*\\d+\\s*(,\\s*(number|date|time|spellout|ordinal|duration)\\s*(,[^{}]*)?)?\\}";

    private PropertiesFilters() {
    }

    static PropertiesFilter create() {
        PropertiesFilter filter = new PropertiesFilter();
        Parameters parameters = filter.getParameters();
        parameters.setEscapeExtendedChars(false);
        parameters.setUseJavaEscapes(false);
        parameters.setConvertLFandTab(false);
        parameters.setUseKeyCondition(false);
        parameters.setCommentsAreNotes(true);
        parameters.setUseCodeFinder(true);
        parameters.getCodeFinder().reset();
        parameters.getCodeFinder().addRule(SIMPLE_ARGUMENT);
        return filter;
    }

    /** The file as UTF-8 text (a BOM is allowed); anything else is refused, not guessed. */
    static String decodeUtf8(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return strict(content, offset, content.length - offset);
        } catch (CharacterCodingException e) {
            throw new InterchangeException(Message.of("refusal.notUtf8Line", firstBadLine(content, offset)),
                    "The file is not UTF-8: line " + firstBadLine(content, offset)
                    + " has bytes of another encoding. Save it as UTF-8 and upload it again. Nothing was imported.");
        }
    }

    private static String strict(byte[] content, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, length))
                .toString();
    }

    /** A line feed byte never occurs inside a UTF-8 sequence, so each line can be checked on its own. */
    private static int firstBadLine(byte[] content, int offset) {
        int line = 1;
        int start = offset;
        for (int i = offset; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    strict(content, start, i - start);
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
