package org.tarjima.document;

/** What a block of the article is, so the article can be rendered as its readers see it. */
public enum BlockType {
    TITLE, HEADING_1, HEADING_2, HEADING_3, HEADING_4, HEADING_5, HEADING_6, PARAGRAPH, LIST_ITEM, QUOTE, CELL;

    public static BlockType heading(int level) {
        return values()[HEADING_1.ordinal() + Math.max(0, Math.min(5, level - 1))];
    }

    public boolean isHeading() {
        return name().startsWith("HEADING") || this == TITLE;
    }
}
