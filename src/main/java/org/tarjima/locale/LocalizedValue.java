package org.tarjima.locale;

/**
 * A date or number recognised in source text, with its rendering in the target locale.
 *
 * @param start     offset of the source text in the segment's plain text
 * @param value     the value itself: an ISO date (2020-12-04) or a plain number (1234.5)
 * @param rendering how the target locale writes it
 */
public record LocalizedValue(Kind kind, String source, int start, int end, String value, String rendering) {

    public enum Kind { DATE, NUMBER }
}
