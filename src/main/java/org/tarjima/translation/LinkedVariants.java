package org.tarjima.translation;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineText;
import org.tarjima.locale.ScriptConversion;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.ProjectService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

/**
 * Linked script variants: a derived locale (uz-Cyrl, kk-Latn) follows its base (uz, kk). When a base target is
 * confirmed or approved, its derived target is re-derived with our transliterator (origin TRANSLITERATION, state
 * TRANSLATED) unless something other than a derivation changed its text since the last one (a person's edit, an
 * import, a TM insert): then the target is marked "base changed since your edit" and never overwritten, and the
 * translator may {@link #takeDerivation take the new derivation}. The derived locale is reviewed and signed off on its
 * own.
 *
 * <p>The derivation runs inside the transaction of the base's change (a listener of {@link TargetChangedInProject},
 * published with {@link TargetChanged} before the commit), not after it: a confirmed base and its derived target then
 * commit together or not at all, with no window after a crash where the base is confirmed and the derivation lost, and the derived target is
 * written with the same compare-and-set on its version as any save. A person's save of the derived target that
 * commits first makes that write fail, and the target is marked instead; one that comes after gets the usual 409 /
 * conflict dialog, because the derivation moved the version on. Either way no person's text is ever overwritten.
 */
@Service
public class LinkedVariants {

    /** A derived target's mark: its base changed (to {@code baseVersion}) after a person edited it. */
    public record Mark(int baseVersion, Instant markedAt) {
    }

    /**
     * What the editor shows for a marked target: the base locale and the derivation of its current text.
     */
    public record BaseChanged(String baseLocale, int baseVersion, Instant markedAt, InlineText derivation) {
    }

    private final ProjectService projects;
    private final TranslationService translations;
    private final TargetRepository targets;
    private final ScriptConversion conversion;
    private final AccessPolicy access;
    private final Clock clock;

    LinkedVariants(ProjectService projects, TranslationService translations, TargetRepository targets,
                   ScriptConversion conversion, AccessPolicy access, Clock clock) {
        this.projects = projects;
        this.translations = translations;
        this.targets = targets;
        this.conversion = conversion;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    void on(TargetChangedInProject changedInProject) {
        TargetChanged change = changedInProject.change();
        TargetSnapshot base = change.target();
        // A derivation never starts another (a base follows nothing, so this is a guard, not the rule).
        if (change.origin() == Origin.TRANSLITERATION || !base.state().isConfirmed()) {
            return;
        }
        // the project's links as the save read them, with the target (no statement of its own)
        for (String derived : changedInProject.rules().derivedLocales()) {
            derive(base, derived);
        }
    }

    private void derive(TargetSnapshot base, String locale) {
        long segmentId = base.segmentId();
        InlineText derivation = conversion.convert(base.content(), base.locale(), locale);
        TargetSnapshot current = targets.find(segmentId, locale).orElse(TargetSnapshot.untouched(segmentId, locale));
        if (!current.content().isBlank() && targets.editedSinceDerivation(segmentId, locale)) {
            if (!derivation.equals(current.content())) {
                targets.markBaseChanged(segmentId, locale, base.version(), clock.instant());
            }
            return;
        }
        SaveResult result = translations.deriveLinked(new TargetEdit(segmentId, locale, derivation, current.version(),
                Origin.TRANSLITERATION));
        if (result instanceof SaveResult.Conflict) {
            // Someone saved the derived target between our read and our write: their text stays.
            targets.markBaseChanged(segmentId, locale, base.version(), clock.instant());
        } else {
            targets.clearBaseChanged(segmentId, locale);
        }
    }

    /**
     * The mark of a derived target whose base changed since a person's edit, with the new derivation; empty when the
     * target is not marked (or the locale is no longer linked).
     */
    @Transactional(readOnly = true)
    public Optional<BaseChanged> baseChanged(long segmentId, String locale) {
        TargetRepository.SegmentContext segment = segment(segmentId, locale);
        access.require(Permission.VIEW, segment.projectId(), locale);
        Optional<Mark> mark = targets.baseChanged(segmentId, locale);
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        return baseOf(segment.projectId(), locale).map(base -> new BaseChanged(base, mark.get().baseVersion(),
                mark.get().markedAt(), derivation(segmentId, base, locale)));
    }

    /**
     * The translator takes the new derivation of the current base text over their edit: confirmed (TRANSLATED) with
     * origin TRANSLITERATION, with the version check of any save; the mark goes.
     *
     * @param expectedVersion the version of the derived target the translator saw
     * @throws IllegalArgumentException                   when the locale follows no base in the project
     * @throws IllegalTransitionException                 when the base has no text to derive from
     * @throws org.tarjima.security.NotPermittedException when the user may not translate the locale
     */
    @Transactional
    public SaveResult takeDerivation(long segmentId, String locale, int expectedVersion) {
        TargetRepository.SegmentContext segment = segment(segmentId, locale);
        access.require(Permission.TRANSLATE, segment.projectId(), locale);
        String base = baseOf(segment.projectId(), locale).orElseThrow(() -> new IllegalArgumentException(
                locale + " follows no base locale in this project"));
        SaveResult result = translations.confirm(new TargetEdit(segmentId, locale, derivation(segmentId, base, locale),
                expectedVersion, Origin.TRANSLITERATION));
        if (result instanceof SaveResult.Saved) {
            targets.clearBaseChanged(segmentId, locale);
        }
        return result;
    }

    /**
     * The translator keeps their text over the new derivation: the mark goes, the target stays as it is (a later change
     * of the base marks it again).
     *
     * @throws org.tarjima.security.NotPermittedException when the user may not translate the locale
     */
    @Transactional
    public void keepEdit(long segmentId, String locale) {
        TargetRepository.SegmentContext segment = segment(segmentId, locale);
        access.require(Permission.TRANSLATE, segment.projectId(), locale);
        targets.clearBaseChanged(segmentId, locale);
    }

    /** The locale the given one follows in the project, if it is linked. */
    @Transactional(readOnly = true)
    public Optional<String> baseOf(long projectId, String locale) {
        return projects.linkedLocales(projectId).stream().filter(link -> link.locale().equals(locale))
                .map(LinkedLocale::baseLocale).findFirst();
    }

    private InlineText derivation(long segmentId, String base, String locale) {
        InlineText text = targets.find(segmentId, base).map(TargetSnapshot::content).orElse(InlineText.empty());
        return text.isBlank() ? text : conversion.convert(text, base, locale);
    }

    private TargetRepository.SegmentContext segment(long segmentId, String locale) {
        return targets.segmentContext(segmentId, locale)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
    }
}
