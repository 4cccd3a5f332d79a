package org.tarjima.interchange.bundle;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Takes an existing translated bundle (messages_ru.properties) into one locale of a bundle document, key by key.
 * The whole file is checked before anything is written (well-formed, UTF-8, no key twice, every ICU message that is
 * valid in the source still valid), then written in one transaction. Values arrive as TRANSLATED, or as DRAFT when the
 * file's opening comment says DRAFT; an approved target is never overwritten by a file.
 */
@Service
public class MessageBundleImportService {

    /** Problems listed in one refusal; the rest are counted. */
    private static final int MAX_LISTED = 10;

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final MessageBundleReader reader;
    private final ImportLimit limit;
    private final AccessPolicy access;

    MessageBundleImportService(DocumentService documents, ProjectService projects, TranslationService translations,
                               MessageBundleReader reader, ImportLimit limit, AccessPolicy access) {
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.reader = reader;
        this.limit = limit;
        this.access = access;
    }

    /**
     * @throws InterchangeException with the reason when the file is refused; nothing is changed then
     */
    @Transactional
    public BundleImportReport importTranslations(long documentId, String locale, byte[] content) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        access.require(Permission.MANAGE, project.id(), null);
        if (document.format() != SourceFormat.PROPERTIES) {
            throw new InterchangeException(Message.of("refusal.notBundle", document.name()),
                    "'" + document.name() + "' is not a message bundle: translated .properties "
                    + "files can only be imported into a document imported from a .properties file.");
        }
        if (!project.targetLocales().contains(locale)) {
            throw new InterchangeException(Message.of("error.localeNotInProject", locale),
                    "The project has no target locale '" + locale + "'.");
        }
        limit.refusal("The file", content.length).ifPresent(reason -> {
            throw new InterchangeException(limit.refusalMessage(content.length), reason);
        });
        MessageBundle bundle = reader.read(content, locale);
        TargetState state = bundle.markedDraft() ? TargetState.DRAFT : TargetState.TRANSLATED;

        Map<String, MessageBundle.Entry> file = new LinkedHashMap<>();
        bundle.entries().forEach(entry -> file.put(entry.key(), entry));
        Map<Long, SegmentRow> rows = new HashMap<>();
        translations.forEachRow(documentId, locale, row -> rows.put(row.segmentId(), row));
        List<ArticleSegment> keys = documents.article(documentId, 1, document.segmentCount());

        // First every value is checked, so that a refused file changes nothing.
        Map<ArticleSegment, InlineText> incoming = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ArticleSegment key : keys) {
            MessageBundle.Entry entry = file.remove(key.context());
            if (entry == null || entry.value().isBlank()) {
                missing.add(key.context());
                continue;
            }
            SegmentRow row = rows.get(key.segmentId());
            InlineText text = withSourceCodes(entry.value(), row.source());
            icuProblem(row.source(), text).ifPresent(problem -> problems.add("'" + entry.key() + "' (line "
                    + entry.line() + "): " + problem));
            incoming.put(key, text);
        }
        if (!problems.isEmpty()) {
            String listed = String.join("; ", problems.subList(0, Math.min(MAX_LISTED, problems.size())))
                    + (problems.size() > MAX_LISTED ? "; …" : "");
            throw new InterchangeException(Message.of("refusal.invalidIcu", problems.size(), listed), problems.size()
                    + " value(s) of the file are not valid ICU MessageFormat although their source is: " + listed
                    + ". Nothing was imported.");
        }

        int filled = 0;
        int updated = 0;
        int unchanged = 0;
        int keptApproved = 0;
        for (Map.Entry<ArticleSegment, InlineText> arriving : incoming.entrySet()) {
            SegmentRow row = rows.get(arriving.getKey().segmentId());
            InlineText text = arriving.getValue();
            if (text.equals(row.target())) {
                // The same words: a DRAFT file does not demote what is already confirmed or approved.
                unchanged++;
                continue;
            }
            if (row.state() == TargetState.APPROVED) {
                keptApproved++;
                continue;
            }
            TargetEdit edit = new TargetEdit(row.segmentId(), locale, text, row.version(), Origin.IMPORT);
            if (translations.arrive(edit, state) instanceof SaveResult.Conflict) {
                throw new InterchangeException(Message.of("refusal.bundleSavedDuringImport", arriving.getKey().context()),
                        "The translation of '" + arriving.getKey().context() + "' was saved by "
                        + "someone else during the import. Nothing was imported; upload the file again.");
            }
            if (row.target().isBlank()) {
                filled++;
            } else {
                updated++;
            }
        }
        return new BundleImportReport(documentId, locale, state, filled, updated, unchanged, keptApproved, missing,
                List.copyOf(file.keySet()));
    }

    /**
     * The file's placeholders numbered as the source's, matched by what they say ({0} is {0} wherever a translation
     * puts it); one the source does not have stays text, so no character of the file is lost.
     */
    static InlineText withSourceCodes(InlineText value, InlineText source) {
        List<InlineText.Code> available = new ArrayList<>(source.codes());
        List<InlineText.Part> parts = new ArrayList<>();
        for (InlineText.Part part : value.parts()) {
            if (part instanceof InlineText.Code code) {
                InlineText.Code match = available.stream().filter(c -> c.data().equals(code.data())).findFirst()
                        .orElse(null);
                if (match != null) {
                    available.remove(match);
                    parts.add(match);
                } else {
                    parts.add(new InlineText.Text(code.data()));
                }
            } else {
                parts.add(part);
            }
        }
        return new InlineText(parts).normalized();
    }

    /** Why the translation is no ICU message when its source is one; empty otherwise. */
    static java.util.Optional<String> icuProblem(InlineText source, InlineText translation) {
        if (parseProblem(raw(source)).isPresent()) {
            return java.util.Optional.empty();
        }
        return parseProblem(raw(translation));
    }

    private static java.util.Optional<String> parseProblem(String message) {
        try {
            new MessagePattern(message);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** The value as written in the file: text and placeholders. */
    static String raw(InlineText text) {
        StringBuilder raw = new StringBuilder();
        for (InlineText.Part part : text.parts()) {
            raw.append(part instanceof InlineText.Text t ? t.value() : ((InlineText.Code) part).data());
        }
        return raw.toString();
    }
}
