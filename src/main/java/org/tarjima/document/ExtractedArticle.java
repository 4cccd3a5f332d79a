package org.tarjima.document;

import java.util.List;
import org.tarjima.base.text.InlineText;

/** An article as a source extractor sees it: blocks in order, each split into sentence segments. */
public record ExtractedArticle(List<Block> blocks) {

    public record Block(BlockType type, List<InlineText> segments) {
        public Block {
            segments = List.copyOf(segments);
        }
    }

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
    }

    public int segmentCount() {
        return blocks.stream().mapToInt(b -> b.segments().size()).sum();
    }
}
