package org.tarjima.memory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.db.BackgroundDrain;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;

/**
 * Indexes the confirmed targets of a large import in the TM after the import has committed (table tm_backlog).
 *
 * <p>Why after: indexing is ~44 postings a unit, and inside the import's transaction it took 3-4 times as long as
 * reading the file, while the import held its transaction open. The import now commits one backlog row with its
 * targets, and this node's backlog thread indexes them a thousand at a time, each batch in its own transaction
 * that also moves the row's cursor on (an interruption repeats and loses nothing). The TM lags a large import by
 * the seconds this takes; matches of targets people change meanwhile are never stale: a batch holds its targets
 * with {@code for share} and skips those that already have a unit, so a save either waits for the batch and then
 * updates the unit the batch wrote, or commits first and its unit is left alone.
 */
@Component
class TmBacklog {

    private static final Logger log = LoggerFactory.getLogger(TmBacklog.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TmRepository repository;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final BackgroundDrain worker = new BackgroundDrain("tarjima-tm-backlog", Duration.ZERO, this::drain);

    TmBacklog(JdbcClient jdbc, TmRepository repository, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records, in the current transaction, that a document's confirmed targets in a locale are to be indexed. */
    void add(long documentId, String locale) {
        jdbc.sql("insert into tm_backlog (document_id, target_locale, created_at) values (?, ?, ?)")
                .params(documentId, locale, java.sql.Timestamp.from(clock.instant())).update();
        worker.wakeAfterCommit();
    }

    /** Indexes a document's confirmed targets in a locale now, in the current transaction, a batch at a time. */
    void indexNow(long documentId, String locale) {
        long after = 0;
        while (after >= 0) {
            after = indexBatch(documentId, locale, after);
        }
    }

    /**
     * Indexes the next batch of the confirmed targets of segments after {@code afterSegmentId} that have no unit yet;
     * the last segment id of the batch, or -1 when it was the last.
     */
    private long indexBatch(long documentId, String locale, long afterSegmentId) {
        List<TargetSnapshot> batch = jdbc.sql("""
                        select segment_id, content, state, version, updated_by, updated_at from target
                        where document_id = ? and locale = ? and segment_id > ? and state in ('TRANSLATED', 'APPROVED')
                        order by segment_id limit ? for share""")
                .params(documentId, locale, afterSegmentId, BATCH)
                .query((rs, row) -> new TargetSnapshot(rs.getLong("segment_id"), locale,
                        InlineTextJson.read(rs.getString("content")), TargetState.valueOf(rs.getString("state")),
                        rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .list();
        if (batch.isEmpty()) {
            return -1;
        }
        // Read after the targets are held: a save that came first has committed its own unit by now.
        List<Long> segmentIds = batch.stream().map(TargetSnapshot::segmentId).toList();
        Set<Long> indexed = new HashSet<>(jdbc.sql("select segment_id from tm_unit where target_locale = ? and segment_id = any(?::bigint[])")
                .params(locale, TmRepository.array(segmentIds)).query(Long.class).list());
        Map<Long, TmRepository.SegmentInfo> segments = repository.segments(documentId, segmentIds).stream()
                .collect(Collectors.toMap(TmRepository.SegmentInfo::segmentId, Function.identity()));
        List<TmUnitData> units = new ArrayList<>(batch.size());
        for (TargetSnapshot target : batch) {
            TmRepository.SegmentInfo segment = segments.get(target.segmentId());
            if (segment != null && !indexed.contains(target.segmentId()) && !target.content().isBlank()) {
                units.add(TmFeed.unit(segment, target));
            }
        }
        repository.insert(units);
        return batch.size() < BATCH ? -1 : batch.get(batch.size() - 1).segmentId();
    }

    /** Documents (per locale) still waiting, across all nodes. */
    int waiting() {
        return jdbc.sql("select count(*) from tm_backlog").query(Integer.class).single();
    }

    /** What another node (or this one before a restart) left: taken when this node is up, and once a minute. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        worker.wake();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void sweep() {
        worker.wake();
    }

    /** Works off batches until nothing is left that this node can take; on a failure, the next wake retries. */
    void drain() {
        try {
            while (Boolean.TRUE.equals(separately.execute(status -> nextBatch()))) {
                // one batch per transaction
            }
        } catch (RuntimeException e) {
            log.warn("Indexing imported translations in the TM stopped; it is retried within a minute", e);
        }
    }

    private record Entry(long id, long documentId, String locale, long afterSegmentId) {
    }

    /** One batch of the oldest row no other node is working on; false when there is none. */
    private boolean nextBatch() {
        // The document and its project are held first (key share: renames and counts go on), so that a deletion of
        // either, which takes their row first and then cascades to the targets and this row, waits for the batch
        // instead of deadlocking with it; a document being deleted right now is passed over.
        Optional<Entry> next = jdbc.sql("""
                        select b.id, b.document_id, b.target_locale, b.after_segment_id
                        from tm_backlog b join document d on d.id = b.document_id join project p on p.id = d.project_id
                        order by b.id limit 1
                        for update of b skip locked
                        for key share of d, p skip locked""")
                .query((rs, row) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).optional();
        if (next.isEmpty()) {
            return false;
        }
        Entry entry = next.get();
        long last = indexBatch(entry.documentId(), entry.locale(), entry.afterSegmentId());
        if (last < 0) {
            jdbc.sql("delete from tm_backlog where id = ?").param(entry.id()).update();
        } else {
            jdbc.sql("update tm_backlog set after_segment_id = ? where id = ?").params(last, entry.id()).update();
        }
        return true;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.stop();
    }
}
