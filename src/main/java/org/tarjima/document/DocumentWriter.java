package org.tarjima.document;

import java.util.ArrayList;
import java.util.List;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.base.text.StorableText;
import org.tarjima.locale.WordCounter;
import org.tarjima.project.ProjectSummary;

/**
 * A new document written a batch of blocks at a time, inside the transaction of {@link DocumentService#startDocument}:
 * a large import streams its units into it as the parser delivers them, so memory does not grow with the file.
 * {@link #finish()} writes the document's counts and refuses a document without text (the transaction then rolls
 * back, and nothing of it remains).
 */
public final class DocumentWriter {

    private final DocumentRepository repository;
    private final ProjectSummary project;
    private final String name;
    private final long documentId;
    private int segments;
    private int blocks;
    private long words;

    DocumentWriter(DocumentRepository repository, ProjectSummary project, String name, long documentId) {
        this.repository = repository;
        this.project = project;
        this.name = name;
        this.documentId = documentId;
    }

    public long documentId() {
        return documentId;
    }

    /**
     * Stores the blocks' segments after those already written; their ids, in order.
     *
     * @throws DocumentImportException when a segment cannot be stored (the caller's transaction must roll back)
     */
    public List<Long> append(List<ExtractedArticle.Block> batch) {
        List<DocumentRepository.NewSegment> rows = new ArrayList<>();
        for (ExtractedArticle.Block block : batch) {
            blocks++;
            String notes = InlineTextJson.writeNotes(block.notes());
            for (InlineText source : block.segments()) {
                int ordinal = segments + rows.size() + 1;
                StorableText.problem(source).ifPresent(problem -> {
                    throw new DocumentImportException("'" + name + "' cannot be imported: segment " + ordinal + " ('"
                            + DocumentService.preview(source.plainText()) + "') " + problem.reason() + ". Nothing was imported.");
                });
                String text = source.plainText();
                int count = WordCounter.count(text, project.sourceLocale());
                words += count;
                rows.add(new DocumentRepository.NewSegment(ordinal, blocks, block.type(), InlineTextJson.write(source), text,
                        count, notes, block.context()));
            }
        }
        List<Long> ids = repository.copySegments(documentId, rows);
        segments += rows.size();
        return ids;
    }

    public int segments() {
        return segments;
    }

    /**
     * Writes the counts and freshens the planner's statistics after a large document.
     *
     * @throws DocumentImportException when no segment was written: there is nothing to translate
     */
    public DocumentSummary finish() {
        if (segments == 0) {
            throw new DocumentImportException("'" + name + "' contains no text to translate.");
        }
        repository.finishDocument(documentId, segments, (int) Math.min(Integer.MAX_VALUE, words));
        return repository.find(documentId).orElseThrow();
    }
}
