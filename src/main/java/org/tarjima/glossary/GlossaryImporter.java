package org.tarjima.glossary;

import org.tarjima.glossary.terms.TermLocale;
import org.tarjima.glossary.io.CsvGlossaryReader;
import org.tarjima.glossary.io.GlossaryFile;
import org.tarjima.glossary.io.TbxGlossaryReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjima.security.CurrentUser;

/**
 * Reads a CSV or TBX file whole, checks every entry (a problem names its line), and only then writes: new terms are
 * added, terms the glossary has are updated. Runs inside the service's transaction, after its permission checks.
 */
@Component
class GlossaryImporter {

    private final GlossaryRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    GlossaryImporter(GlossaryRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param targets the locales the glossary takes, or null for any
     * @throws GlossaryImportException naming the line of the first problem; nothing has been written then
     */
    ImportResult importFile(GlossaryScope scope, String source, Collection<String> targets, String fileName,
                            byte[] content) {
        GlossaryFile file = GlossaryFormat.of(fileName, content) == GlossaryFormat.TBX
                ? TbxGlossaryReader.read(content, source, targets)
                : CsvGlossaryReader.read(content, source, targets);
        Map<String, EntryValidation.Valid> valid = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (GlossaryFile.Row row : file.entries()) {
            EntryValidation.Valid entry;
            try {
                entry = EntryValidation.check(row.request(), source, targets);
            } catch (GlossaryException e) {
                throw GlossaryImportException.atLine(row.line(), e);
            }
            Integer first = lines.putIfAbsent(entry.key(), row.line());
            if (first != null) {
                throw new GlossaryImportException(row.line(), "glossary.import.duplicateTerm", "'" + entry.term()
                        + "' is in the file twice (first on line " + first + ")", entry.term(), String.valueOf(first));
            }
            valid.put(entry.key(), entry);
        }
        return apply(scope, source, file, valid);
    }

    private ImportResult apply(GlossaryScope scope, String source, GlossaryFile file,
                               Map<String, EntryValidation.Valid> valid) {
        long glossaryId = scope.global() ? repository.glossary(scope).orElseThrow().id()
                : repository.ensureProjectGlossary(scope.projectId(), source, clock.instant());
        repository.bumpRevision(glossaryId);
        TermLocale sourceTerms = TermLocale.of(source);
        Map<String, GlossaryEntry> stored = new HashMap<>();
        repository.entries(glossaryId, null).forEach(e -> stored.put(sourceTerms.key(e.term()), e));
        List<EntryValidation.Valid> fresh = new ArrayList<>();
        Map<Long, EntryValidation.Valid> updated = new LinkedHashMap<>();
        int unchanged = 0;
        for (EntryValidation.Valid entry : valid.values()) {
            GlossaryEntry current = stored.get(entry.key());
            if (current == null) {
                fresh.add(entry);
                continue;
            }
            EntryValidation.Valid merged = merge(current, entry, file);
            if (GlossaryFilter.same(current, merged)) {
                unchanged++;
            } else {
                updated.put(current.id(), merged);
            }
        }
        List<Long> ids = fresh.isEmpty() ? List.of() : repository.nextIds(fresh.size());
        List<GlossaryRepository.NewEntry> created = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            created.add(new GlossaryRepository.NewEntry(ids.get(i), fresh.get(i)));
        }
        Instant now = clock.instant();
        repository.insertEntries(glossaryId, created, now, currentUser.username());
        repository.updateEntries(updated, now, currentUser.username());
        Map<Long, List<TermTranslation>> translations = new LinkedHashMap<>();
        updated.forEach((id, entry) -> translations.put(id, entry.translations()));
        repository.replaceTranslations(translations);
        return new ImportResult(created.size(), updated.size(), unchanged, file.ignored());
    }

    /** A stored entry with what the file says about it; what the file has no field for stays. */
    private static EntryValidation.Valid merge(GlossaryEntry current, EntryValidation.Valid file, GlossaryFile fields) {
        List<TermTranslation> translations = new ArrayList<>(current.translations().stream()
                .filter(t -> !fields.locales().contains(t.locale())).toList());
        translations.addAll(file.translations());
        return new EntryValidation.Valid(file.term(), file.key(), fields.hasForms() ? file.forms() : current.forms(),
                fields.hasNotes() ? file.notes() : current.notes(),
                fields.hasDoNotTranslate() ? file.doNotTranslate() : current.doNotTranslate(), translations);
    }
}
