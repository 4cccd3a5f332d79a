package org.tarjima.interchange;

import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.document.SourceFormat;
import org.tarjima.jobs.Progress;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Imports an XLIFF file made by another tool (Trados, memoQ, Xcode, Angular, Okapi…) as a new document:
 * its units and their segmentation become segments, with their targets, states and notes; the file is
 * kept as uploaded. Recognised by content, not by extension; one transaction, so a refused file leaves
 * no half document behind.
 */
@Service
public class XliffDocumentImportService {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final XliffReaders readers;
    private final ImportLimit limit;
    private final AccessPolicy access;

    XliffDocumentImportService(ProjectService projects, DocumentService documents, TranslationService translations,
                               XliffReaders readers, ImportLimit limit, AccessPolicy access) {
        this.access = access;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.readers = readers;
        this.limit = limit;
    }

    /**
     * @throws InterchangeException with the reason when the file cannot be imported into this project
     */
    @Transactional
    public DocumentSummary importDocument(long projectId, String fileName, XliffSource file) {
        return importDocument(projectId, fileName, file, Progress.NONE);
    }

    /** As {@link #importDocument(long, String, XliffSource)}, reporting segments stored. */
    @Transactional
    public DocumentSummary importDocument(long projectId, String fileName, XliffSource file, Progress progress) {
        limit.refusal("The file", file.size()).ifPresent(reason -> {
            throw new InterchangeException(reason);
        });
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Project " + projectId + " does not exist"));
        access.require(Permission.MANAGE, projectId, null);
        XliffHeader header = XliffPrecheck.check(file);
        String locale = XliffReaders.targetLocale(header, project);
        List<XliffTextUnit> units = readers.readerFor(header).readDocument(file, header);
        Set<String> files = new LinkedHashSet<>();
        units.forEach(unit -> files.add(unit.file()));
        boolean severalFiles = files.size() > 1;

        List<ExtractedArticle.Block> blocks = new ArrayList<>();
        List<InlineText> sources = new ArrayList<>();
        List<InlineText> targets = new ArrayList<>();
        List<TargetState> states = new ArrayList<>();
        int arriving = 0;
        for (XliffTextUnit unit : units) {
            List<InlineText> unitSources = new ArrayList<>();
            for (int i = 0; i < unit.sources().size(); i++) {
                InlineText text = unit.sources().get(i);
                if (text.isBlank()) {
                    continue;
                }
                InlineText target = i < unit.targets().size() ? unit.targets().get(i) : InlineText.empty();
                requireStorable(unit.id(), "source", text);
                requireStorable(unit.id(), "translation", target);
                unitSources.add(text);
                sources.add(text);
                targets.add(target);
                states.add(target.isBlank() ? TargetState.NEW : unit.states().get(i));
                arriving += locale != null && !target.isBlank() ? 1 : 0;
            }
            if (!unitSources.isEmpty()) {
                blocks.add(new ExtractedArticle.Block(BlockType.PARAGRAPH, unitSources, unit.notes(),
                        context(severalFiles ? unit.file() : null, unit.groups())));
            }
        }
        units = null;
        // Progress counts rows written: the segments as their batches go in, then the targets.
        long total = sources.size() + (long) arriving;
        progress.total(total);
        DocumentService.CreatedDocument created = documents.createDocument(project, fileName, SourceFormat.XLIFF, file.readAll(),
                new ExtractedArticle(blocks), progress::advance);
        if (locale != null) {
            List<TranslationService.ArrivingTarget> arrivingTargets = new ArrayList<>(arriving);
            for (int i = 0; i < created.segmentIds().size(); i++) {
                if (!targets.get(i).isBlank()) {
                    arrivingTargets.add(new TranslationService.ArrivingTarget(created.segmentIds().get(i), sources.get(i),
                            targets.get(i), states.get(i)));
                }
            }
            translations.arriveInNewDocument(created.document().id(), locale, arrivingTargets, Origin.IMPORT);
        }
        progress.advance(total);
        return created.document();
    }

    private static void requireStorable(String unitId, String what, InlineText text) {
        StorableText.problem(text).ifPresent(problem -> {
            throw new InterchangeException("The " + what + " of unit '" + unitId + "' cannot be imported: "
                    + problem.reason() + ". Nothing was imported.");
        });
    }

    /** Where a unit sat in a structured file: "file › group › group", or null for a flat single file. */
    static String context(String file, List<String> groups) {
        List<String> path = new ArrayList<>();
        if (file != null && !file.isBlank()) {
            path.add(file);
        }
        groups.stream().filter(g -> g != null && !g.isBlank()).forEach(path::add);
        String context = String.join(" › ", path);
        return context.isEmpty() ? null : context.substring(0, Math.min(context.length(), 255));
    }

}
