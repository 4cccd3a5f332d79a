package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import org.tarjima.base.db.CopyRows;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.base.text.StorableText;
import org.tarjima.locale.WordCounter;
import org.tarjima.project.ProjectSummary;

/**
 * Turns a new document's blocks into segments ready to store, in document order: checks each source can be stored,
 * numbers the segments and blocks, counts words and writes the JSON. This is the CPU side of writing a document, kept
 * apart so that a large import does it on its parser's thread while the importing thread writes the previous batch
 * to PostgreSQL (measured on a 100k-unit XLIFF: it was a third of the importing thread's time). One preparer per
 * document, used from one thread; its segments go to {@link DocumentWriter#append(List)} in the order prepared.
 */
public final class SegmentPreparer {

    private final String name;
    private final String sourceLocale;
    private int segments;
    private int blocks;

    /** For the document {@code fileName} would become in the project. */
    public SegmentPreparer(ProjectSummary project, String fileName) {
        this.name = DocumentService.documentName(fileName);
        this.sourceLocale = project.sourceLocale();
    }

    /**
     * The blocks' segments, numbered after those prepared before.
     *
     * @throws DocumentImportException when a segment cannot be stored
     */
    public List<PreparedSegment> prepare(List<ExtractedArticle.Block> batch) {
        List<PreparedSegment> prepared = new ArrayList<>();
        for (ExtractedArticle.Block block : batch) {
            prepare(block, prepared);
        }
        return prepared;
    }

    /** As {@link #prepare(List)} for one block, added to {@code into}. */
    public void prepare(ExtractedArticle.Block block, List<PreparedSegment> into) {
        blocks++;
        CopyRows.Text notes = CopyRows.text(InlineTextJson.writeNotes(block.notes()));
        CopyRows.Text context = CopyRows.text(block.context());
        for (InlineText source : block.segments()) {
            int ordinal = ++segments;
            StorableText.problem(source).ifPresent(problem -> {
                throw new DocumentImportException(Message.of("refusal.segmentText", ordinal,
                        DocumentService.preview(source.plainText()), problem.message()),
                        "'" + name + "' cannot be imported: segment " + ordinal + " ('"
                        + DocumentService.preview(source.plainText()) + "') " + problem.reason() + ". Nothing was imported.");
            });
            String text = source.plainText();
            into.add(new PreparedSegment(ordinal, blocks, block.type(), CopyRows.text(InlineTextJson.write(source)),
                    CopyRows.text(text), WordCounter.count(text, sourceLocale), notes, context));
        }
    }
}
