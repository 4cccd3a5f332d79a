package org.tarjima.glossary;

import org.tarjima.glossary.terms.ForbiddenUse;
import org.tarjima.glossary.terms.TermHit;
import org.tarjima.glossary.terms.TermLocale;
import org.tarjima.glossary.terms.TermMatcher;
import org.tarjima.glossary.terms.TermPattern;
import org.tarjima.glossary.io.CsvGlossaryWriter;
import org.tarjima.glossary.io.TbxGlossaryWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.LocaleTag;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.Permission;

/**
 * The glossaries: each project's own and the global one. Terms are edited by a project's managers (and its
 * reviewers, in their locales) and, for the global glossary, by administrators; everyone who sees a project reads its
 * glossary. The editor asks {@link #hits} for the terms in a segment's source; QA checks ask {@link #targetUses} and
 * {@link #forbiddenIn} about its target.
 */
@Service
public class GlossaryService {

    private final GlossaryRepository repository;
    private final GlossaryAccess access;
    private final GlossaryIndex index;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ImportLimit importLimit;
    private final GlossaryImporter importer;

    GlossaryService(GlossaryRepository repository, GlossaryAccess access, GlossaryIndex index, AccessPolicy policy,
                    CurrentUser currentUser, Clock clock, ImportLimit importLimit, GlossaryImporter importer) {
        this.importer = importer;
        this.repository = repository;
        this.access = access;
        this.index = index;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.importLimit = importLimit;
    }

    /**
     * The entries of a glossary by term, each with its translations into the locales the user may see.
     *
     * @param filter words to look for in terms, forms, translations and notes (case-insensitive); blank for all
     */
    @Transactional(readOnly = true)
    public List<GlossaryEntry> entries(GlossaryScope scope, String filter) {
        access.requireRead(scope);
        List<GlossaryEntry> entries = visible(scope, repository.glossary(scope)
                .map(g -> repository.entries(g.id(), null)).orElse(List.of()));
        if (filter == null || filter.isBlank()) {
            return entries;
        }
        GlossaryFilter match = new GlossaryFilter(filter);
        return entries.stream().filter(match::matches).toList();
    }

    /** One entry, as {@link #entries} shows it. */
    @Transactional(readOnly = true)
    public Optional<GlossaryEntry> entry(GlossaryScope scope, long entryId) {
        access.requireRead(scope);
        return repository.glossary(scope).flatMap(g -> repository.entry(g.id(), entryId))
                .map(entry -> visible(scope, List.of(entry)).get(0));
    }

    /** What the signed-in user may do with the glossary. */
    @Transactional(readOnly = true)
    public GlossaryPermissions permissions(GlossaryScope scope) {
        access.requireRead(scope);
        return access.permissions(scope);
    }

    /** The glossary's source locale and the target locales to show. */
    @Transactional(readOnly = true)
    public GlossaryLocales locales(GlossaryScope scope) {
        access.requireRead(scope);
        if (!scope.global()) {
            GlossaryAccess.ProjectLocales project = access.project(scope.projectId());
            return new GlossaryLocales(project.sourceLocale(), project.targetLocales().stream()
                    .filter(locale -> access.mayRead(scope, locale)).toList());
        }
        Set<String> targets = new LinkedHashSet<>(LocaleTag.DEFAULT_TARGETS);
        Set<String> others = new TreeSet<>();
        GlossaryRepository.GlossaryRow global = repository.glossary(scope).orElseThrow();
        repository.entries(global.id(), null).forEach(e -> e.translations().forEach(t -> others.add(t.locale())));
        targets.addAll(others);
        return new GlossaryLocales(global.sourceLocale(), List.copyOf(targets));
    }

    /**
     * Adds a term.
     *
     * @throws GlossaryException                          when the request is not acceptable (the term exists already)
     * @throws org.tarjima.security.NotPermittedException when the user may not add it (or not in one of its locales)
     */
    @Transactional
    public GlossaryEntry create(GlossaryScope scope, EntryRequest request) {
        GlossaryPermissions permissions = access.requireEdit(scope);
        String source = sourceLocale(scope);
        EntryValidation.Valid entry = EntryValidation.check(request, source, allowedTargets(scope));
        for (TermTranslation translation : entry.translations()) {
            if (!permissions.mayEdit(translation.locale())) {
                throw access.refusal(scope, translation.locale());
            }
        }
        long glossaryId = scope.global() ? repository.glossary(scope).orElseThrow().id()
                : repository.ensureProjectGlossary(scope.projectId(), source, clock.instant());
        repository.bumpRevision(glossaryId);
        if (repository.idByKey(glossaryId, entry.key()).isPresent()) {
            throw duplicate(entry.term());
        }
        long id = repository.insertEntry(glossaryId, entry, clock.instant(), currentUser.username());
        return repository.entry(glossaryId, id).orElseThrow();
    }

    /**
     * Changes a term. Translations into locales the user may not change stay as they are stored.
     *
     * @throws GlossaryConflictException when the request names a version and the entry has moved on since
     * @throws NoSuchElementException    when there is no such entry in this glossary
     */
    @Transactional
    public GlossaryEntry update(GlossaryScope scope, long entryId, EntryRequest request) {
        GlossaryPermissions permissions = access.requireEdit(scope);
        long glossaryId = repository.glossary(scope).orElseThrow(() -> notFound(entryId)).id();
        repository.bumpRevision(glossaryId);
        GlossaryEntry stored = repository.entry(glossaryId, entryId).orElseThrow(() -> notFound(entryId));
        if (request.version() != null && request.version() != stored.version()) {
            throw new GlossaryConflictException(stored);
        }
        EntryValidation.Valid entry = EntryValidation.check(request, sourceLocale(scope), allowedTargets(scope));
        Optional<Long> sameTerm = repository.idByKey(glossaryId, entry.key());
        if (sameTerm.isPresent() && sameTerm.get() != entryId) {
            throw duplicate(entry.term());
        }
        List<TermTranslation> translations = new ArrayList<>();
        Set<String> locales = new LinkedHashSet<>();
        stored.translations().forEach(t -> locales.add(t.locale()));
        entry.translations().forEach(t -> locales.add(t.locale()));
        for (String locale : locales) {
            List<TermTranslation> requested = entry.translations().stream().filter(t -> t.locale().equals(locale))
                    .toList();
            if (permissions.mayEdit(locale)) {
                translations.addAll(requested);
                continue;
            }
            List<TermTranslation> kept = stored.translations(locale);
            if (!requested.isEmpty() && !GlossaryFilter.sameTranslations(requested, kept)) {
                throw access.refusal(scope, locale);
            }
            translations.addAll(kept);
        }
        EntryValidation.Valid merged = new EntryValidation.Valid(entry.term(), entry.key(), entry.forms(),
                entry.notes(), entry.doNotTranslate(), translations);
        repository.updateEntry(entryId, merged, clock.instant(), currentUser.username());
        repository.replaceTranslations(Map.of(entryId, translations));
        return repository.entry(glossaryId, entryId).orElseThrow();
    }

    /**
     * Deletes a term with all its translations: a manager, or a reviewer of every locale it has translations in.
     *
     * @throws NoSuchElementException when there is no such entry in this glossary
     */
    @Transactional
    public void delete(GlossaryScope scope, long entryId) {
        GlossaryPermissions permissions = access.requireEdit(scope);
        long glossaryId = repository.glossary(scope).orElseThrow(() -> notFound(entryId)).id();
        repository.bumpRevision(glossaryId);
        GlossaryEntry stored = repository.entry(glossaryId, entryId).orElseThrow(() -> notFound(entryId));
        for (TermTranslation translation : stored.translations()) {
            if (!permissions.mayEdit(translation.locale())) {
                throw access.refusal(scope, translation.locale());
            }
        }
        repository.deleteEntry(glossaryId, entryId);
    }

    /** The glossary as a file, with the translations the user may see. */
    @Transactional(readOnly = true)
    public ExportedGlossary export(GlossaryScope scope, GlossaryFormat format) {
        List<GlossaryEntry> entries = entries(scope, null);
        GlossaryLocales locales = locales(scope);
        String name = scope.global() ? "global" : slug(access.project(scope.projectId()).name());
        String title = scope.global() ? "Tarjima: global glossary"
                : "Tarjima: glossary of " + access.project(scope.projectId()).name();
        byte[] content = format == GlossaryFormat.CSV
                ? CsvGlossaryWriter.write(locales.source(), locales.targets(), entries)
                : TbxGlossaryWriter.write(locales.source(), locales.targets(), entries, title);
        return new ExportedGlossary("glossary-" + name + "." + format.extension(), format.mediaType(), content);
    }

    /**
     * Imports a CSV or TBX file (the format by its name, else its content) in one transaction: a term the glossary
     * has already is updated (its translations into the file's locales are replaced, fields the file has no column
     * for stay), others are added. A file with any problem changes nothing.
     *
     * @throws GlossaryImportException naming the line of the first problem
     */
    @Transactional
    public ImportResult importFile(GlossaryScope scope, String fileName, byte[] content) {
        access.requireRead(scope);
        access.requireImport(scope);
        importLimit.refusal("The file", content.length).ifPresent(refusal -> {
            throw new GlossaryImportException(0, "glossary.import.tooLarge", refusal, importLimit.maxBytes() >> 20);
        });
        return importer.importFile(scope, sourceLocale(scope), allowedTargets(scope), fileName, content);
    }

    /**
     * The glossary terms in a segment's source with their approved and forbidden translations into the target
     * locale: the project's terms first, then the global glossary's, each in the order of its first occurrence.
     * Compiled matchers are kept per project and locale pair until the glossary changes, so a call costs a look at
     * the glossary revisions and one pass over the text's words, whatever the glossary's size.
     *
     * @throws org.tarjima.security.NotPermittedException when the user may not see the target locale
     */
    @Transactional(readOnly = true)
    public List<TermHit> hits(long projectId, String sourceLocale, String targetLocale, String sourceText) {
        String target = LocaleTag.canonical(targetLocale);
        policy.require(Permission.VIEW, projectId, target);
        if (sourceText == null || sourceText.isBlank()) {
            return List.of();
        }
        return index.sourceTerms(projectId, LocaleTag.canonical(sourceLocale), target).hits(sourceText);
    }

    /**
     * Whether a target text uses one of the allowed translations of a term found in the source: any approved
     * translation into {@code targetLocale} in any of its declared forms or stems (and for a "do not translate" term,
     * the source term itself), matched the same locale-aware way as the source. A term with no approved translation
     * into the locale asks for nothing, so the answer is then true. For the glossary QA check.
     *
     * @param hit a hit from {@link #hits} for the same target locale
     */
    public boolean targetUses(TermHit hit, String targetText, String targetLocale) {
        String target = LocaleTag.canonical(targetLocale);
        TermLocale locale = TermLocale.of(target);
        TermMatcher<String> allowed = new TermMatcher<>(locale);
        List<String> forms = new ArrayList<>();
        for (TermTranslation translation : hit.translations()) {
            if (translation.locale().equals(target) && !translation.forbidden()) {
                forms.add(translation.term());
                forms.addAll(translation.forms());
            }
        }
        if (hit.doNotTranslate()) {
            forms.add(hit.sourceTerm());
        }
        for (String form : forms) {
            try {
                allowed.add(form, TermPattern.parse(form, locale));
            } catch (IllegalArgumentException e) {
                // a form this locale cannot read: nothing to look for
            }
        }
        if (allowed.size() == 0) {
            return true;
        }
        return targetText != null && !allowed.find(targetText).isEmpty();
    }

    /**
     * The forbidden terms of the project's glossary and the global one found in a target text, in text order, with
     * the approved alternatives. For the glossary QA check.
     *
     * @throws org.tarjima.security.NotPermittedException when the user may not see the target locale
     */
    @Transactional(readOnly = true)
    public List<ForbiddenUse> forbiddenIn(String targetText, long projectId, String targetLocale) {
        String target = LocaleTag.canonical(targetLocale);
        policy.require(Permission.VIEW, projectId, target);
        if (targetText == null || targetText.isBlank()) {
            return List.of();
        }
        return index.forbiddenTerms(projectId, target).in(targetText);
    }

    /**
     * The words of the approved target terms in a locale (project glossary and global), case-folded (ICU full
     * folding), for the spelling check: a word a glossary approves is never reported. No permission check: the
     * caller reports about text the person already sees.
     */
    public Set<String> targetWords(long projectId, String targetLocale) {
        return index.targetWords(projectId, LocaleTag.canonical(targetLocale));
    }

    private String sourceLocale(GlossaryScope scope) {
        if (scope.global()) {
            return repository.glossary(scope).orElseThrow().sourceLocale();
        }
        return repository.glossary(scope).map(GlossaryRepository.GlossaryRow::sourceLocale)
                .orElseGet(() -> access.project(scope.projectId()).sourceLocale());
    }

    /** The locales translations may be in: a project's targets; any for the global glossary (null). */
    private Collection<String> allowedTargets(GlossaryScope scope) {
        return scope.global() ? null : access.project(scope.projectId()).targetLocales();
    }

    private List<GlossaryEntry> visible(GlossaryScope scope, List<GlossaryEntry> entries) {
        if (scope.global()) {
            return entries;
        }
        Map<String, Boolean> readable = new HashMap<>();
        return entries.stream().map(entry -> {
            List<TermTranslation> shown = entry.translations().stream()
                    .filter(t -> readable.computeIfAbsent(t.locale(), l -> access.mayRead(scope, l))).toList();
            return shown.size() == entry.translations().size() ? entry
                    : new GlossaryEntry(entry.id(), entry.term(), entry.forms(), entry.notes(), entry.doNotTranslate(),
                    shown, entry.version(), entry.createdAt(), entry.createdBy(), entry.updatedAt(), entry.updatedBy());
        }).toList();
    }

    private static GlossaryException duplicate(String term) {
        return new GlossaryException("glossary.error.duplicate", "The glossary has the term '" + term + "' already",
                term);
    }

    private static NoSuchElementException notFound(long entryId) {
        return new NoSuchElementException("Glossary entry " + entryId + " does not exist");
    }

    /** A file name part: letters and digits of any script, the rest as single hyphens. */
    static String slug(String name) {
        String slug = name.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "project" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
