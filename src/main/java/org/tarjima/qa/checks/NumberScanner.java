package org.tarjima.qa.checks;

import com.ibm.icu.text.NumberFormat;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers in text by parsing them with ICU in the text's own locale, strictly: "1,234.5" in English and
 * "1 234,5" in Russian (no-break, narrow no-break or plain space) are the same value, while "1.5" in a Russian text
 * is not one and a half. Digits glued to a letter before them ("G20", "COVID-19") are part of a name, not a number;
 * letters after them ("5th", "5-й", "5-ші") are an ordinal's ending and keep the number.
 */
final class NumberScanner {

    /** A number found in text: its value (plain, no trailing zeros) and where it stands. */
    record Found(String value, int start, int end, String text) {
        BigDecimal decimal() {
            return new BigDecimal(value);
        }
    }

    private NumberScanner() {
    }

    static List<Found> scan(String text, LocaleFacts facts) {
        List<Found> found = new ArrayList<>();
        NumberFormat format = facts.numberFormat();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            if (partOfName(text, i)) {
                while (i < text.length() && (isDigit(text.charAt(i)) || Character.isLetter(text.charAt(i)))) {
                    i++;
                }
                continue;
            }
            int end = parsedEnd(text, i, format);
            String value;
            if (end > i) {
                value = plain(format.parse(text, new ParsePosition(i)));
            } else {
                end = i;
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                value = new BigDecimal(text.substring(i, end)).stripTrailingZeros().toPlainString();
            }
            found.add(new Found(value, i, end, text.substring(i, end)));
            i = end;
        }
        return found;
    }

    /** Where ICU's strict parse ends, without an exponent ("2E3" is a code, not 2000): i when it cannot parse. */
    private static int parsedEnd(String text, int start, NumberFormat format) {
        ParsePosition position = new ParsePosition(start);
        Number value = format.parse(text, position);
        if (value == null || position.getIndex() <= start) {
            return start;
        }
        String parsed = text.substring(start, position.getIndex());
        if (parsed.chars().anyMatch(c -> c == 'E' || c == 'e')) {
            return start;
        }
        return position.getIndex();
    }

    private static String plain(Number number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    private static boolean partOfName(String text, int i) {
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetter(before)) {
            return true;
        }
        return (before == '-' || before == '\u2011') && i >= 2 && Character.isLetter(text.charAt(i - 2));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
