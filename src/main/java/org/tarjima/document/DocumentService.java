package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.events.WebhookEvent;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;

/** Imports source articles and reads them back. */
@Service
public class DocumentService {

    private final DocumentRepository documents;
    private final SourceExtractor extractor;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ImportLimit limit;
    private final AccessPolicy access;
    private final ReadingTimeLimit readingTime;
    private final ApplicationEventPublisher events;

    DocumentService(DocumentRepository documents, SourceExtractor extractor, ProjectService projects,
                    CurrentUser currentUser, Clock clock, ImportLimit limit, AccessPolicy access,
                    ReadingTimeLimit readingTime, ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.readingTime = readingTime;
        this.documents = documents;
        this.extractor = extractor;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Imports an article into a project: the file is kept as uploaded, its text is split into
     * sentence segments in document order. Everything happens in one transaction: a refused or
     * failed import leaves the project unchanged.
     *
     * @throws DocumentImportException with a message for the user when the file cannot be imported
     */
    @Transactional
    public DocumentSummary importSource(long projectId, String fileName, byte[] content) {
        return importSource(projectId, fileName, content, (stored, total) -> {
        });
    }

    /**
     * As {@link #importSource(long, String, byte[])}, telling how many segments of how many are stored as they are
     * written (a large document's progress, once it has been read).
     */
    @Transactional
    public DocumentSummary importSource(long projectId, String fileName, byte[] content,
                                        java.util.function.BiConsumer<Integer, Integer> storedOfTotal) {
        access.require(Permission.MANAGE, projectId, null);
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new DocumentImportException(Message.of("error.projectNotFound"),
                        "The project no longer exists."));
        String name = documentName(fileName);
        if (content.length == 0) {
            throw new DocumentImportException(Message.of("refusal.empty"),
                    "'" + name + "' is empty: there is nothing to translate.");
        }
        limit.refusal("'" + name + "'", content.length).ifPresent(reason -> {
            throw new DocumentImportException(limit.refusalMessage(content.length), reason);
        });
        SourceFormat format = SourceFormat.detect(name, content).orElseThrow(() -> new DocumentImportException(
                Message.of("refusal.format"),
                "'" + name + "' is not an article Tarjima can read: upload a Word (.docx) or OpenDocument (.odt) "
                        + "document, plain text (.txt), HTML (.html), Markdown (.md), a message bundle (.properties), "
                        + "a PowerPoint (.pptx) or Excel (.xlsx) file."));
        if (format == SourceFormat.XLIFF) {
            throw new DocumentImportException(Message.of("refusal.xliffAsArticle"),
                    "'" + name + "' is XLIFF; it is imported as a bilingual document, not as an article.");
        }
        if (format.isOfficePackage()) {
            OfficePackage.check(name, format, content);
        }
        ExtractedArticle article = readingTime.read(name, () -> extractor.extract(content, format, project.sourceLocale()));
        return createDocument(project, name, format, content, article,
                stored -> storedOfTotal.accept(stored, article.segmentCount())).document();
    }

    /** A new document and the ids of its segments, in document order. */
    public record CreatedDocument(DocumentSummary document, List<Long> segmentIds) {
    }

    /**
     * Stores a document read by any importer: the original file and its segments in order, with their
     * notes and context. Joins the caller's transaction.
     *
     * @throws DocumentImportException when the article has no text to translate
     */
    @Transactional
    public CreatedDocument createDocument(ProjectSummary project, String fileName, SourceFormat format, byte[] content,
                                          ExtractedArticle article) {
        return createDocument(project, fileName, format, content, article, stored -> {
        });
    }

    /** As {@link #createDocument(ProjectSummary, String, SourceFormat, byte[], ExtractedArticle)}, telling how many
     * segments are stored as they are written (a large import's progress). */
    @Transactional
    public CreatedDocument createDocument(ProjectSummary project, String fileName, SourceFormat format, byte[] content,
                                          ExtractedArticle article, java.util.function.IntConsumer stored) {
        if (article.segmentCount() == 0) {
            throw new DocumentImportException(Message.of("refusal.noText"),
                    "'" + documentName(fileName) + "' contains no text to translate.");
        }
        DocumentWriter writer = startDocument(project, fileName, format, new java.io.ByteArrayInputStream(content), content.length);
        List<Long> ids = new ArrayList<>(article.segmentCount());
        List<ExtractedArticle.Block> batch = new ArrayList<>();
        int inBatch = 0;
        for (ExtractedArticle.Block block : article.blocks()) {
            batch.add(block);
            inBatch += block.segments().size();
            if (inBatch >= BATCH) {
                ids.addAll(writer.append(batch));
                stored.accept(writer.segments());
                batch.clear();
                inBatch = 0;
            }
        }
        ids.addAll(writer.append(batch));
        stored.accept(writer.segments());
        if (article.segmentation() != null) {
            documents.setSegmentation(writer.documentId(), article.segmentation());
        }
        return new CreatedDocument(writer.finish(), ids);
    }

    private static final int BATCH = 1000;

    /**
     * Starts a new document in the caller's transaction, its original file streamed into the database; the segments
     * follow through the writer, a batch at a time. Joins the caller's transaction, which must roll back when the
     * import fails half way.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public DocumentWriter startDocument(ProjectSummary project, String fileName, SourceFormat format,
                                        java.io.InputStream original, long originalSize) {
        access.require(Permission.MANAGE, project.id(), null);
        String name = documentName(fileName);
        long id = documents.insertDocument(project.id(), name, format, original, originalSize, "UTF-8",
                clock.instant(), currentUser.username());
        // Every importer (articles, XLIFF, bundles) finishes its document through the writer: one place to tell webhooks.
        return new DocumentWriter(documents, project, name, id, finished -> events.publishEvent(new WebhookEvent(
                "document.imported", finished.projectId(), Map.of("documentId", finished.id(), "name", finished.name(),
                "format", finished.format().name(), "segments", finished.segmentCount()))));
    }

    /**
     * Deletes a document with its segments, translations, history, comments and sign-offs, in one transaction. The
     * translation memory keeps what was confirmed in it (without the link to the document).
     *
     * @throws NotPermittedException          when the user is not a manager of the document's project
     * @throws java.util.NoSuchElementException when there is no such document (any more)
     */
    @Transactional
    public void delete(long documentId) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.MANAGE, document.projectId(), null);
        documents.delete(documentId);
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> documents(long projectId) {
        access.require(Permission.VIEW, projectId, null);
        return documents.findByProject(projectId);
    }

    @Transactional(readOnly = true)
    public Optional<DocumentSummary> find(long documentId) {
        Optional<DocumentSummary> document = documents.find(documentId);
        document.ifPresent(found -> access.require(Permission.VIEW, found.projectId(), null));
        return document;
    }

    /** The file as it was uploaded, byte for byte, for exporting it again in its own format. */
    @Transactional(readOnly = true)
    public byte[] original(long documentId) {
        find(documentId).orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        return documents.original(documentId).orElseThrow();
    }

    /** How the import split the article's units, for writing the translation the same way; empty when not recorded. */
    @Transactional(readOnly = true)
    public Optional<String> segmentation(long documentId) {
        find(documentId).orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        return documents.segmentation(documentId);
    }

    /**
     * The article's segments from {@code fromOrdinal} to {@code toOrdinal}, widened to whole blocks so
     * that a paragraph is never rendered half.
     */
    @Transactional(readOnly = true)
    public List<ArticleSegment> article(long documentId, int fromOrdinal, int toOrdinal) {
        find(documentId);
        int from = documents.blockBounds(documentId, Math.max(1, fromOrdinal))[0];
        int to = documents.blockBounds(documentId, toOrdinal)[1];
        return documents.segments(documentId, from, Math.max(to, toOrdinal));
    }

    /** The start of a text, printable, for naming a segment in a message. */
    static String preview(String text) {
        String printable = text.codePoints().limit(40)
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > printable.length() ? printable + "…" : printable;
    }

    static String documentName(String fileName) {
        // A file name is shown and stored as text: control characters (a NUL cannot even be stored) are dropped.
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}\\p{Cs}\\uFFFE\\uFFFF]", "").replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "untitled";
        }
        return name.length() > DocumentSummary.NAME_MAX_LENGTH ? name.substring(0, DocumentSummary.NAME_MAX_LENGTH) : name;
    }
}
