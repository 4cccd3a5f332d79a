package org.tarjima.memory;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;

/**
 * How the translation memory sees text: NFC, codes ignored, split into words and punctuation, each token
 * case-folded with ICU. Words are runs of letters, marks and digits (so Uzbek oʻ and the tutuq belgisi ʼ,
 * both modifier letters, stay inside their word); every other non-space character is a token of its own.
 * A hand-written scanner rather than a BreakIterator because a million units are tokenised when a large
 * TM is imported, and the result must be the same in every locale of a pair.
 */
public final class TmText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private TmText() {
    }

    /**
     * One token of a text.
     *
     * @param norm  the token case-folded
     * @param start offset in the NFC plain text
     * @param end   offset after the token
     * @param word  whether it is a word (otherwise punctuation or a symbol)
     */
    public record Token(String norm, long hash, int start, int end, boolean word) {
    }

    /** The plain text (codes dropped) in NFC; token offsets refer to it. */
    public static String plain(InlineText text) {
        return NFC.normalize(text.plainText());
    }

    /** A plain text in NFC, as {@link #plain} makes it. */
    static String nfc(String plainText) {
        return NFC.normalize(plainText);
    }

    public static List<Token> tokens(InlineText text) {
        return tokens(plain(text));
    }

    /** Tokens of an NFC plain text. */
    public static List<Token> tokens(String plain) {
        List<Token> tokens = new ArrayList<>();
        scan(plain, (start, end, word) -> {
            String norm = UCharacter.foldCase(plain.substring(start, end), true);
            tokens.add(new Token(norm, hash(norm), start, end, word));
        });
        return tokens;
    }

    /**
     * The token hashes of an NFC plain text, as {@code hashes(tokens(plain))} gives them, without making a string or
     * a record per token: a lookup ranks a few hundred candidates this way.
     */
    static long[] hashes(String plain) {
        HashCollector hashes = new HashCollector(plain);
        scan(plain, hashes);
        return hashes.result();
    }

    private static final class HashCollector implements TokenSink {
        private final String plain;
        private long[] hashes = new long[16];
        private int count;

        HashCollector(String plain) {
            this.plain = plain;
        }

        @Override
        public void token(int start, int end, boolean word) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = foldedHash(plain, start, end);
        }

        long[] result() {
            return Arrays.copyOf(hashes, count);
        }
    }

    /** {@code hash(foldCase(plain[start, end)))}; ASCII, where folding is lower-casing, without the string. */
    private static long foldedHash(String plain, int start, int end) {
        long h = FNV_OFFSET;
        for (int k = start; k < end; k++) {
            char c = plain.charAt(k);
            if (c >= 0x80) {
                return hash(UCharacter.foldCase(plain.substring(start, end), true));
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            h ^= c;
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Where a token was found: its offsets in the text and whether it is a word. */
    private interface TokenSink {
        void token(int start, int end, boolean word);
    }

    private static void scan(String plain, TokenSink sink) {
        int i = 0;
        int length = plain.length();
        while (i < length) {
            int cp = plain.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i = next;
                continue;
            }
            if (isWordChar(cp)) {
                int end = next;
                while (end < length) {
                    int c = plain.codePointAt(end);
                    if (!isWordChar(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                sink.token(i, end, true);
                i = end;
            } else {
                sink.token(i, next, false);
                i = next;
            }
        }
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The token hashes in order: what the fuzzy score compares. */
    public static long[] hashes(List<Token> tokens) {
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = tokens.get(i).hash();
        }
        return hashes;
    }

    /** The words case-folded, one space apart and padded with a space: a phrase is found as a substring. */
    public static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder(" ");
        for (Token token : tokens) {
            if (token.word()) {
                key.append(token.norm()).append(' ');
            }
        }
        return key.toString();
    }

    /** The words of a key made by {@link #key}. */
    public static List<String> wordsOfKey(String key) {
        List<String> words = new ArrayList<>();
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Identifies the source exactly: text, whitespace and codes (by kind, id and position), after NFC. */
    public static long exactHash(InlineText source) {
        return hash(InlineMarkers.write(source.normalized()));
    }

    /** Identifies a neighbouring segment's text for context (101 %) matches; null when there is no neighbour. */
    public static Long contextHash(String plainText) {
        return plainText == null ? null : hash(NFC.normalize(plainText));
    }

    /** A 64-bit FNV-1a hash, finished with MurmurHash3's mixer so that close strings land far apart. */
    public static long hash(CharSequence text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
