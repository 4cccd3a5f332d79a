package org.tarjima.memory;

import org.tarjima.base.UserInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.tmx.TmxPrecheck;
import org.tarjima.interchange.tmx.TmxReader;
import org.tarjima.interchange.tmx.TmxUnit;
import org.tarjima.interchange.tmx.TmxWriter;
import org.tarjima.interchange.XliffSource;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.translation.TargetState;

/** TMX 1.4b export and import of one language pair of the TM; admins and managers only. */
@Service
public class TmxService {

    private static final int BATCH = 1000;

    private final TmRepository repository;
    private final TmUnitReads reads;
    private final TmAccess access;
    private final TmxReader reader;
    private final TmxWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    TmxService(TmRepository repository, TmUnitReads reads, TmAccess access, TmxReader reader, TmxWriter writer, CurrentUser currentUser,
               Clock clock) {
        this.repository = repository;
        this.reads = reads;
        this.access = access;
        this.reader = reader;
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Writes every unit of a pair (or only the approved ones), oldest first, streamed from the database.
     *
     * @return how many units were written
     * @throws NotPermittedException when the user is neither an admin nor a manager
     */
    @Transactional(readOnly = true)
    public int exportTmx(String sourceLocale, String targetLocale, boolean approvedOnly, OutputStream out) {
        access.requireCurator();
        String source = LocaleTag.canonical(sourceLocale);
        String target = LocaleTag.canonical(targetLocale);
        int[] count = {0};
        try (TmxWriter.Output tmx = writer.open(source, target, out)) {
            reads.forEachUnit(source, target, approvedOnly, authored -> {
                StoredUnit unit = authored.unit();
                tmx.write(new TmxUnit(unit.source(), unit.target(), unit.state().name(), authored.createdBy(),
                        authored.createdAt(), authored.writtenBy(), authored.writtenAt(), unit.projectName(),
                        unit.documentName()));
                count[0]++;
            });
        }
        return count[0];
    }

    /** The export in a temporary file, for a download; the caller deletes it. */
    public record ExportedTmx(Path file, String fileName, int units) {
    }

    /** {@link #exportTmx} into a temporary file. */
    @Transactional(readOnly = true)
    public ExportedTmx exportTmxFile(String sourceLocale, String targetLocale, boolean approvedOnly) {
        try {
            Path file = Files.createTempFile("tarjima-tm-", ".tmx");
            try (OutputStream out = Files.newOutputStream(file)) {
                int units = exportTmx(sourceLocale, targetLocale, approvedOnly, out);
                String name = "tm-" + LocaleTag.canonical(sourceLocale) + "-" + LocaleTag.canonical(targetLocale)
                        + (approvedOnly ? "-approved" : "") + ".tmx";
                return new ExportedTmx(file, name, units);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an import did.
     *
     * @param duplicates units already in the TM (same source and target) or repeated in the file, not added again
     */
    public record TmxImportReport(String sourceLocale, String targetLocale, int imported, int duplicates) {
    }

    /**
     * Adds the units of a TMX file that have both languages of the pair, as TRANSLATED unless the file (from Tarjima)
     * says APPROVED; units already in the TM are skipped. One transaction: a file that cannot be read adds nothing.
     *
     * @param sourceLocale the pair's source language, or null for the header's {@code srclang}; the file is read in its
     *                     own source language and its units stored under this one
     * @throws InterchangeException  when the file is not safe, well-formed TMX
     * @throws NotPermittedException when the user is neither an admin nor a manager
     */
    @Transactional
    public TmxImportReport importTmx(XliffSource file, String sourceLocale, String targetLocale) {
        access.requireCurator();
        TmxPrecheck.TmxHeader header = TmxPrecheck.check(file);
        String declared = sourceLocale == null || sourceLocale.isBlank() ? header.sourceLocale() : sourceLocale;
        if (declared == null || declared.isBlank() || "*all*".equalsIgnoreCase(declared)) {
            throw new UserInputException("memory.import.noSourceLocale",
                    "The file names no source language (srclang); give sourceLocale");
        }
        String source = LocaleTag.canonical(declared);
        String target = LocaleTag.canonical(targetLocale);
        List<TmUnitData> batch = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] counts = {0, 0};
        // The pair may differ from the file's languages (en-US units into an en pair): read the file in its own.
        String fileSource = header.sourceLocale() == null || "*all*".equalsIgnoreCase(header.sourceLocale()) ? source
                : header.sourceLocale();
        reader.read(file, header.encoding(), fileSource, target, unit -> {
            TargetState state = "APPROVED".equals(unit.state()) ? TargetState.APPROVED : TargetState.TRANSLATED;
            TmUnitData data = TmUnitData.of(source, target, unit.source(), unit.target(), state, "TMX", null, null, null, null,
                    null, unit.changedBy() == null ? currentUser.username() : unit.changedBy(),
                    unit.changedAt() == null ? clock.instant() : unit.changedAt());
            if (!seen.add(InlineMarkers.write(data.source()) + "\u0000" + InlineMarkers.write(data.target()))) {
                counts[1]++;
                return;
            }
            batch.add(data);
            if (batch.size() == BATCH) {
                store(batch, counts);
            }
        });
        store(batch, counts);
        return new TmxImportReport(source, target, counts[0], counts[1]);
    }

    private void store(List<TmUnitData> batch, int[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        TmUnitData first = batch.get(0);
        Map<Long, List<org.tarjima.base.text.InlineText>> existing = reads.targetsOf(first.sourceLocale(),
                first.targetLocale(), batch.stream().map(TmUnitData::sourceHash).toList());
        List<TmUnitData> fresh = new ArrayList<>();
        for (TmUnitData unit : batch) {
            String target = InlineMarkers.write(unit.target());
            boolean known = existing.getOrDefault(unit.sourceHash(), List.of()).stream()
                    .anyMatch(stored -> InlineMarkers.write(stored.normalized()).equals(target));
            if (known) {
                counts[1]++;
            } else {
                fresh.add(unit);
            }
        }
        repository.insert(fresh);
        counts[0] += fresh.size();
        batch.clear();
    }
}
