package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.project.ProjectSummary;

/**
 * A new document written a batch of blocks at a time, inside the transaction of {@link DocumentService#startDocument}:
 * a large import streams its units into it as the parser delivers them, so memory does not grow with the file.
 * {@link #finish()} writes the document's counts and refuses a document without text (the transaction then rolls
 * back, and nothing of it remains).
 */
public final class DocumentWriter {

    private final DocumentRepository repository;
    private final String name;
    private final long documentId;
    /** Prepares the blocks given to {@link #append(List)}; a caller that prepares its own uses its own preparer. */
    private final SegmentPreparer preparer;
    private final Consumer<DocumentSummary> finished;
    private int segments;
    private long words;

    DocumentWriter(DocumentRepository repository, ProjectSummary project, String name, long documentId,
                   Consumer<DocumentSummary> finished) {
        this.finished = finished;
        this.repository = repository;
        this.name = name;
        this.documentId = documentId;
        this.preparer = new SegmentPreparer(project, name);
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
        return appendPrepared(preparer.prepare(batch));
    }

    /**
     * Stores segments prepared by a {@link SegmentPreparer} made for this document and used for no other,
     * in the order prepared; their ids.
     *
     * @throws IllegalArgumentException when they do not follow the segments already written
     */
    public List<Long> appendPrepared(List<PreparedSegment> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        if (batch.get(0).ordinal != segments + 1) {
            throw new IllegalArgumentException("Segment " + batch.get(0).ordinal + " of '" + name + "' does not follow segment "
                    + segments + ": prepare a document's segments with one preparer, in order");
        }
        List<Long> ids = repository.copySegments(documentId, batch);
        segments += batch.size();
        for (PreparedSegment segment : batch) {
            words += segment.words;
        }
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
            throw new DocumentImportException(Message.of("refusal.noText"),
                    "'" + name + "' contains no text to translate.");
        }
        repository.finishDocument(documentId, segments, (int) Math.min(Integer.MAX_VALUE, words));
        DocumentSummary document = repository.find(documentId).orElseThrow();
        finished.accept(document);
        return document;
    }
}
