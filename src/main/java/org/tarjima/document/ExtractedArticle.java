package org.tarjima.document;

import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * An article as a source extractor sees it: blocks in order, each split into sentence segments.
 *
 * @param segmentation how the reader split its units ({@link DocumentMerger} writes the translation with it), or null
 */
public record ExtractedArticle(List<Block> blocks, String segmentation) {

    public ExtractedArticle(List<Block> blocks) {
        this(blocks, null);
    }

    /**
     * @param notes   notes that belong to every segment of the block (e.g. an XLIFF unit's notes)
     * @param context where the block came from in a multi-file source, or null
     */
    public record Block(BlockType type, List<InlineText> segments, List<String> notes, String context) {
        public Block {
            segments = List.copyOf(segments);
            notes = List.copyOf(notes);
        }

        public Block(BlockType type, List<InlineText> segments) {
            this(type, segments, List.of(), null);
        }
    }

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
    }

    public int segmentCount() {
        return blocks.stream().mapToInt(b -> b.segments().size()).sum();
    }
}
