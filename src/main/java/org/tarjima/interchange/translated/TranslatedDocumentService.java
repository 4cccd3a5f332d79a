package org.tarjima.interchange.translated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentMerger;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.interchange.bundle.MessageBundleExportService;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.jobs.Progress;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.translation.TranslationService;

/**
 * Writes translated documents in their own format: text, HTML, Markdown, Word, PowerPoint, Excel and OpenDocument
 * through Okapi's writers ({@link DocumentMerger}), a message bundle through the bundle writer, and a document that came
 * as XLIFF as the translated XLIFF. Anyone who may see a locale may download it; an XLIFF, being an export, needs a
 * manager.
 */
@Service
public class TranslatedDocumentService {

    public static final String ZIP_MEDIA_TYPE = "application/zip";

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final DocumentMerger merger;
    private final MessageBundleExportService bundles;
    private final XliffExportService xliff;
    private final AccessPolicy access;

    TranslatedDocumentService(DocumentService documents, ProjectService projects, TranslationService translations,
                              DocumentMerger merger, MessageBundleExportService bundles, XliffExportService xliff,
                              AccessPolicy access) {
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.merger = merger;
        this.bundles = bundles;
        this.xliff = xliff;
        this.access = access;
    }

    /**
     * One document in one locale.
     *
     * @throws NoSuchElementException   when there is no such document
     * @throws IllegalArgumentException when the locale is not one of its project's target locales
     */
    @Transactional
    public TranslatedFile translated(long documentId, String locale, MinState minState) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        requireLocale(project, locale);
        access.require(Permission.VIEW, project.id(), locale);
        Targets targets = targets(documentId, locale, minState, document.segmentCount());
        byte[] original = documents.original(documentId);
        return switch (document.format()) {
            case XLIFF -> translatedXliff(document, original, locale, targets);
            case PROPERTIES -> translatedBundle(document, project, original, locale, targets);
            default -> new TranslatedFile(fileName(document.name(), locale, document.format()),
                    document.format().mediaType(),
                    merger.merge(original, document.format(), project.sourceLocale(), locale, document.segmentCount(),
                            documents.segmentation(documentId).orElse(null), ordinal -> targets.byOrdinal[ordinal]),
                    document.segmentCount(), targets.fallback);
        };
    }

    /** What a zip of translated documents holds. */
    public record ZipSummary(String fileName, int files, int segments, int fallbackSegments) {
    }

    /**
     * Several documents (none: every document of the project) in several locales (none: every target locale) as one
     * zip, {@code <locale>/<name>.<locale>.<ext>}, written to {@code out}, reporting files done.
     */
    @Transactional
    public ZipSummary writeZip(long projectId, List<Long> documentIds, List<String> locales, MinState minState,
                               OutputStream out, Progress progress) {
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new NoSuchElementException("Project " + projectId + " does not exist"));
        access.require(Permission.VIEW, projectId, null);
        List<Long> chosen = documentIds.isEmpty()
                ? documents.documents(projectId).stream().map(DocumentSummary::id).toList() : documentIds;
        List<String> chosenLocales = locales.isEmpty() ? project.targetLocales() : locales;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Project '" + project.name() + "' has no documents to download");
        }
        chosenLocales.forEach(locale -> requireLocale(project, locale));
        progress.total((long) chosen.size() * chosenLocales.size());
        int files = 0;
        int segments = 0;
        int fallback = 0;
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String locale : chosenLocales) {
                for (long documentId : chosen) {
                    DocumentSummary document = documents.find(documentId).filter(d -> d.projectId() == projectId)
                            .orElseThrow(() -> new IllegalArgumentException("Document " + documentId
                                    + " is not in project '" + project.name() + "'"));
                    TranslatedFile file = translated(document.id(), locale, minState);
                    String name = locale + "/" + file.fileName();
                    if (!names.add(name)) {
                        name = locale + "/" + document.id() + "-" + file.fileName();
                        names.add(name);
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(file.content());
                    zip.closeEntry();
                    segments += file.segments();
                    fallback += file.fallbackSegments();
                    progress.advance(++files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = project.name().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        String which = chosen.size() == 1 ? documents.find(chosen.get(0)).map(d -> stem(d.name())).orElse(base) : base;
        String localePart = chosenLocales.size() == 1 ? chosenLocales.get(0) : "translated";
        return new ZipSummary(which + "." + localePart + ".zip", files, segments, fallback);
    }

    /** As {@link #writeZip}, in memory (for the API's zips of a few documents). */
    @Transactional
    public TranslatedFile zip(long projectId, List<Long> documentIds, List<String> locales, MinState minState) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipSummary summary = writeZip(projectId, documentIds, locales, minState, out, Progress.NONE);
        return new TranslatedFile(summary.fileName(), ZIP_MEDIA_TYPE, out.toByteArray(), summary.segments(),
                summary.fallbackSegments());
    }

    /** How many of a document's segments would keep their source text in a download (the dialog's line). */
    @Transactional(readOnly = true)
    public int fallbackSegments(long documentId, String locale, MinState minState) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        return targets(documentId, locale, minState, document.segmentCount()).fallback;
    }

    /** The translations to use, by ordinal; null where the segment keeps its source. */
    private record Targets(InlineText[] byOrdinal, Map<Long, InlineText> bySegment, int fallback) {
    }

    private Targets targets(long documentId, String locale, MinState minState, int segmentCount) {
        InlineText[] byOrdinal = new InlineText[segmentCount + 1];
        Map<Long, InlineText> bySegment = new HashMap<>();
        int[] used = {0};
        translations.forEachTargetIn(documentId, locale, minState.states(), (ordinal, segmentId, content) -> {
            if (content != null && !content.isBlank() && ordinal >= 1 && ordinal <= segmentCount) {
                byOrdinal[ordinal] = content;
                bySegment.put(segmentId, content);
                used[0]++;
            }
        });
        return new Targets(byOrdinal, bySegment, segmentCount - used[0]);
    }

    private TranslatedFile translatedBundle(DocumentSummary document, ProjectSummary project, byte[] original,
                                            String locale, Targets targets) {
        byte[] content = bundles.merged(document, original, project.sourceLocale(), locale, targets.bySegment);
        return new TranslatedFile(MessageBundleExportService.fileName(document.name(), project.sourceLocale(), locale),
                SourceFormat.PROPERTIES.mediaType(), content, document.segmentCount(), targets.fallback);
    }

    /** A document that came as XLIFF goes back as XLIFF of its version, with every target and its state. */
    private TranslatedFile translatedXliff(DocumentSummary document, byte[] original, String locale, Targets targets) {
        String head = new String(original, 0, Math.min(original.length, 4096), StandardCharsets.ISO_8859_1);
        String version = head.contains("urn:oasis:names:tc:xliff:document:2.") ? "2.1" : "1.2";
        ExportedFile file = xliff.exportXliff(document.id(), locale, version, ExportOptions.everything());
        return new TranslatedFile(file.fileName(), file.mediaType(), file.content(), document.segmentCount(),
                targets.fallback);
    }

    private static void requireLocale(ProjectSummary project, String locale) {
        if (locale == null || !project.targetLocales().contains(locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of project '"
                    + project.name() + "'; choose one of " + project.targetLocales());
        }
    }

    /** press-release.docx → press-release.ru.docx; a name without an extension gets the format's. */
    static String fileName(String documentName, String locale, SourceFormat format) {
        String extension = documentName.matches(".*\\.[A-Za-z0-9]{1,8}$")
                ? documentName.substring(documentName.lastIndexOf('.') + 1) : format.extension();
        return stem(documentName) + "." + locale + "." + extension;
    }

    private static String stem(String documentName) {
        return documentName.replaceAll("\\.[A-Za-z0-9]{1,8}$", "");
    }
}
