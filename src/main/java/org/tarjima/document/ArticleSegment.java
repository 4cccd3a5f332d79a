package org.tarjima.document;

import org.tarjima.base.text.InlineText;

/** One source segment with its place in the article, for rendering the article beside the editor. */
public record ArticleSegment(long segmentId, int ordinal, int blockNo, BlockType blockType, InlineText source) {
}
