package org.tarjima.interchange.bundle;

import org.tarjima.interchange.xliff.ExportedFile;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.translation.TranslationService;

/**
 * Exports one locale of a bundle document as the translated .properties file: the uploaded original with each
 * translated value replaced, so that the file can be copied over the application's own bundle. Every non-empty target
 * goes out whatever its state; a key without one keeps the source value.
 */
@Service
public class MessageBundleExportService {

    public static final String MEDIA_TYPE = "text/x-java-properties;charset=UTF-8";

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final MessageBundleWriter writer;
    private final AccessPolicy access;

    MessageBundleExportService(DocumentService documents, ProjectService projects, TranslationService translations,
                               MessageBundleWriter writer, AccessPolicy access) {
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.writer = writer;
        this.access = access;
    }

    /**
     * @return the file; its {@code units} are the keys that carry a translation (the others keep the source value)
     * @throws IllegalArgumentException when the document is no bundle or the locale is not one of its project's
     */
    @Transactional(readOnly = true)
    public ExportedFile export(long documentId, String locale) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        access.require(Permission.MANAGE, project.id(), null);
        if (document.format() != SourceFormat.PROPERTIES) {
            throw new IllegalArgumentException("'" + document.name() + "' was not imported from a .properties file; "
                    + "export it as XLIFF instead.");
        }
        if (!project.targetLocales().contains(locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of project '" + project.name() + "'");
        }
        Map<Long, InlineText> targets = new HashMap<>();
        translations.forEachRow(documentId, locale, row -> {
            if (!row.target().isBlank()) {
                targets.put(row.segmentId(), row.target());
            }
        });
        Map<String, InlineText> byKey = byKey(document, targets);
        byte[] content = writer.merge(documents.original(documentId), project.sourceLocale(), locale, byKey);
        return new ExportedFile(fileName(document.name(), project.sourceLocale(), locale), MEDIA_TYPE, content, -1,
                byKey.size());
    }

    /**
     * The bundle's original, byte for byte, with the value of every key whose segment has a translation in
     * {@code targetsBySegment} replaced by it; the other keys keep their source value.
     */
    @Transactional(readOnly = true)
    public byte[] merged(DocumentSummary document, byte[] original, String sourceLocale, String locale,
                         Map<Long, InlineText> targetsBySegment) {
        return writer.merge(original, sourceLocale, locale, byKey(document, targetsBySegment));
    }

    private Map<String, InlineText> byKey(DocumentSummary document, Map<Long, InlineText> targetsBySegment) {
        Map<String, InlineText> byKey = new HashMap<>();
        for (ArticleSegment key : documents.article(document.id(), 1, document.segmentCount())) {
            InlineText target = targetsBySegment.get(key.segmentId());
            if (target != null && key.context() != null) {
                byKey.put(key.context(), target);
            }
        }
        return byKey;
    }

    /** messages_en.properties → messages_ru.properties; a name without the source locale gets the target's added. */
    public static String fileName(String documentName, String sourceLocale, String locale) {
        String base = documentName.replaceAll("(?i)\\.properties$", "");
        String suffix = "_" + sourceLocale;
        if (base.endsWith(suffix)) {
            base = base.substring(0, base.length() - suffix.length());
        }
        return base + "_" + locale + ".properties";
    }

    /** The keys a document has and how many of them carry a translation in the locale, for the export dialog. */
    @Transactional(readOnly = true)
    public int translatedKeys(long documentId, String locale) {
        int[] count = {0};
        translations.forEachRow(documentId, locale, row -> {
            if (!row.target().isBlank()) {
                count[0]++;
            }
        });
        return count[0];
    }
}
