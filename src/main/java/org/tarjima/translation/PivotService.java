package org.tarjima.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.project.PivotSetting;
import org.tarjima.project.ProjectService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

/**
 * The project's translation of a segment in its pivot locale, for whoever translates it into another locale: only a
 * confirmed (TRANSLATED or APPROVED) pivot text is shown, with its state. Whoever may view a locale may read the
 * project's pivot beside it (it is part of what they translate from); another locale as a pivot (the API's
 * {@code pivot} parameter) needs the right to view that locale.
 */
@Service
public class PivotService {

    private final ProjectService projects;
    private final TargetRepository targets;
    private final AccessPolicy access;

    PivotService(ProjectService projects, TargetRepository targets, AccessPolicy access) {
        this.projects = projects;
        this.targets = targets;
        this.access = access;
    }

    /** The project's pivot locale for translating into {@code locale}, if any (none for the pivot locale itself). */
    @Transactional(readOnly = true)
    public Optional<String> pivotLocale(long projectId, String locale) {
        return projects.pivot(projectId).pivotFor(locale);
    }

    /**
     * The confirmed pivot text of one segment for translating it into {@code locale} by the project's setting; empty
     * when the project has no pivot, {@code locale} is the pivot, or the pivot target is not confirmed.
     */
    @Transactional(readOnly = true)
    public Optional<PivotText> forSegment(long segmentId, String locale) {
        TargetRepository.SegmentContext segment = targets.segmentContext(segmentId, locale)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
        access.require(Permission.VIEW, segment.projectId(), locale);
        return pivotLocale(segment.projectId(), locale)
                .map(pivot -> text(segmentId, pivot, targets.find(segmentId, pivot)))
                .filter(PivotText::usable);
    }

    /**
     * The pivot targets (any state; text only when confirmed) of these segments of a document, by segment id, for
     * translating into {@code locale}.
     *
     * @throws IllegalArgumentException                   when {@code pivot} is not another target locale of the project
     * @throws org.tarjima.security.NotPermittedException when the user may not view the locale, or a pivot that is not
     *                                                    the project's own
     */
    @Transactional(readOnly = true)
    public Map<Long, PivotText> forSegments(long documentId, String locale, String pivot, List<Long> segmentIds) {
        long projectId = targets.projectOfDocument(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.VIEW, projectId, locale);
        String tag = LocaleTag.canonical(pivot);
        PivotSetting setting = projects.pivot(projectId);
        if (tag.equals(locale) || !targets.isLocaleOfProject(projectId, tag)) {
            throw new IllegalArgumentException("pivot must be another target locale of the project, not '" + pivot + "'");
        }
        if (!setting.pivotFor(locale).equals(Optional.of(tag))) {
            access.require(Permission.VIEW, projectId, tag);
        }
        Map<Long, TargetSnapshot> stored = targets.findAll(segmentIds, tag);
        Map<Long, PivotText> result = new LinkedHashMap<>();
        for (Long segmentId : segmentIds) {
            result.put(segmentId, text(segmentId, tag, Optional.ofNullable(stored.get(segmentId))));
        }
        return result;
    }

    private static PivotText text(long segmentId, String pivot, Optional<TargetSnapshot> target) {
        TargetSnapshot found = target.orElse(TargetSnapshot.untouched(segmentId, pivot));
        return new PivotText(pivot, found.state().isConfirmed() ? found.content() : InlineText.empty(), found.state());
    }
}
