package org.tarjima.document;

import org.tarjima.base.text.InlineText;

/**
 * One source segment with its place in the article, for rendering the article beside the editor.
 *
 * @param context where the segment sat in a structured source ("file › group"), or null
 */
public record ArticleSegment(long segmentId, int ordinal, int blockNo, BlockType blockType, InlineText source,
                             String context) {
}
