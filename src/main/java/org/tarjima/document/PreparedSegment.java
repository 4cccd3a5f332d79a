package org.tarjima.document;

import org.tarjima.base.db.CopyRows;

/**
 * A segment converted for storage by a {@link SegmentPreparer}: its place in the document, its source as JSON and
 * text (escaped for COPY) and its word count. Only the document package looks inside.
 */
public final class PreparedSegment {

    final int ordinal;
    final int blockNo;
    final BlockType type;
    final CopyRows.Text sourceJson;
    final CopyRows.Text sourceText;
    final int words;
    final CopyRows.Text notesJson;
    final CopyRows.Text context;

    PreparedSegment(int ordinal, int blockNo, BlockType type, CopyRows.Text sourceJson, CopyRows.Text sourceText, int words,
                    CopyRows.Text notesJson, CopyRows.Text context) {
        this.ordinal = ordinal;
        this.blockNo = blockNo;
        this.type = type;
        this.sourceJson = sourceJson;
        this.sourceText = sourceText;
        this.words = words;
        this.notesJson = notesJson;
        this.context = context;
    }
}
