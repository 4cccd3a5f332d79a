package org.tarjima.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Holds the database to what the clients of a {@link Soak} were told:
 * <ul>
 * <li>every accepted change (200 with a new version) is in the history exactly once, by its user, with its text and
 * state, written on exactly the version the client sent (lost: one that is not);</li>
 * <li>every history row was acknowledged to exactly one client (a row nobody was told about is counted; it is
 * allowed only for requests whose connection died, as in a crash);</li>
 * <li>every 409 carried the current target: a newer version that really existed, with its text and state;</li>
 * <li>replaying each target's history from NEW reproduces its stored text, state and version.</li>
 * </ul>
 */
final class SoakVerifier {

    private record Key(long segmentId, String locale, int version) {
    }

    private record Row(long segmentId, String locale, int version, String changedBy, String oldText, String newText,
                       String oldState, String newState) {
    }

    private record Stored(long segmentId, String locale, int version, String text, String state) {
    }

    /** The verdict: counts for the report and the first problems found, for the assertion message. */
    record Verdict(Map<String, Object> counts, long lost, long duplicated, long unacknowledged, long wrongConflicts,
                   long replayMismatches, List<String> problems) {
    }

    private SoakVerifier() {
    }

    static Verdict verify(JdbcClient jdbc, long documentId, List<Soak.Op> ops) {
        List<Row> history = jdbc.sql("""
                        select t.segment_id, t.locale, h.version, h.changed_by, h.old_text, h.new_text, h.old_state, h.new_state
                        from target_history h join target t on t.id = h.target_id
                        where t.document_id = ? order by t.segment_id, t.locale, h.version""")
                .param(documentId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        List<Stored> targets = jdbc.sql("select segment_id, locale, version, text, state from target where document_id = ?")
                .param(documentId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
        List<String> problems = new ArrayList<>();
        Map<Key, Row> rows = new HashMap<>();
        history.forEach(row -> rows.put(new Key(row.segmentId(), row.locale(), row.version()), row));

        long replayMismatches = replay(history, targets, problems);

        Map<Key, Integer> claims = new HashMap<>();
        long lost = 0;
        long wrongConflicts = 0;
        long accepted = 0;
        long unchanged = 0;
        long conflicts = 0;
        long noAnswer = 0;
        long serverErrors = 0;
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        for (Soak.Op op : ops) {
            if (op.kind() == Soak.Kind.READ) {
                continue;
            }
            statuses.merge(op.status(), 1L, Long::sum);
            if (op.status() == -1) {
                noAnswer++;
            } else if (op.status() >= 500) {
                serverErrors++;
            }
            if (op.changed()) {
                accepted++;
                Key key = new Key(op.segmentId(), op.locale(), op.version());
                claims.merge(key, 1, Integer::sum);
                Row row = rows.get(key);
                String problem = null;
                if (row == null) {
                    problem = "acknowledged but not in the history";
                } else if (op.version() != op.sentVersion() + 1) {
                    problem = "written on version " + (op.version() - 1) + " though the client sent " + op.sentVersion();
                } else if (!op.user().equalsIgnoreCase(row.changedBy())) {
                    problem = "history names " + row.changedBy();
                } else if (!Objects.equals(op.text(), row.newText()) || !Objects.equals(op.state(), row.newState())) {
                    problem = "history holds '" + row.newText() + "' " + row.newState();
                } else if (op.sentText() != null && !op.sentText().equals(row.newText())) {
                    problem = "stored text differs from the text sent";
                } else if (op.kind() == Soak.Kind.APPROVE && !("APPROVED".equals(row.newState())
                        && Objects.equals(row.oldText(), row.newText()))) {
                    problem = "an approval that changed the text or did not approve";
                }
                if (problem != null) {
                    lost++;
                    note(problems, "LOST " + op + ": " + problem);
                }
            } else if (op.status() == 200) {
                unchanged++;
            } else if (op.status() == 409) {
                conflicts++;
                Row current = op.version() == null ? null : rows.get(new Key(op.segmentId(), op.locale(), op.version()));
                boolean newerAndReal = op.version() != null && (op.version() > op.sentVersion()
                        && current != null && Objects.equals(current.newText(), op.text())
                        && Objects.equals(current.newState(), op.state()));
                if (!newerAndReal) {
                    wrongConflicts++;
                    note(problems, "409 WITHOUT THE CURRENT TARGET " + op);
                }
            }
        }
        long duplicated = claims.values().stream().filter(n -> n > 1).count();
        if (duplicated > 0) {
            note(problems, duplicated + " history rows were acknowledged to more than one client");
        }
        long unacknowledged = history.stream()
                .filter(row -> !claims.containsKey(new Key(row.segmentId(), row.locale(), row.version()))).count();

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("requests", ops.stream().filter(o -> o.kind() != Soak.Kind.READ).count());
        counts.put("failedReads", ops.stream().filter(o -> o.kind() == Soak.Kind.READ).count());
        counts.put("statuses", statuses);
        counts.put("acceptedChanges", accepted);
        counts.put("acceptedWithoutChange", unchanged);
        counts.put("refusedStale409", conflicts);
        counts.put("approvalsAccepted", ops.stream().filter(o -> o.changed() && o.kind() == Soak.Kind.APPROVE).count());
        counts.put("approvalsRefusedStale", ops.stream().filter(o -> o.status() == 409 && o.kind() == Soak.Kind.APPROVE).count());
        counts.put("historyRows", history.size());
        counts.put("targets", targets.size());
        counts.put("noAnswer", noAnswer);
        counts.put("serverErrors", serverErrors);
        counts.put("lost", lost);
        counts.put("duplicated", duplicated);
        counts.put("unacknowledgedHistoryRows", unacknowledged);
        counts.put("conflictsWithoutCurrent", wrongConflicts);
        counts.put("replayMismatches", replayMismatches);
        return new Verdict(counts, lost, duplicated, unacknowledged, wrongConflicts, replayMismatches, problems);
    }

    /** Replays each target's history from NEW (empty, version 0) and compares with what is stored. */
    private static long replay(List<Row> history, List<Stored> targets, List<String> problems) {
        Map<String, List<Row>> byTarget = new LinkedHashMap<>();
        history.forEach(row -> byTarget.computeIfAbsent(row.segmentId() + "/" + row.locale(), k -> new ArrayList<>()).add(row));
        long mismatches = 0;
        for (Stored target : targets) {
            List<Row> rows = byTarget.getOrDefault(target.segmentId() + "/" + target.locale(), List.of());
            String text = null;
            String state = "NEW";
            int version = 0;
            String problem = null;
            for (Row row : rows) {
                if (row.version() != version + 1) {
                    problem = "version " + row.version() + " follows " + version;
                } else if (!Objects.equals(row.oldText(), text) || !row.oldState().equals(state)) {
                    problem = "version " + row.version() + " starts from '" + row.oldText() + "' " + row.oldState()
                            + ", not from '" + text + "' " + state;
                }
                if (problem != null) {
                    break;
                }
                text = row.newText();
                state = row.newState();
                version = row.version();
            }
            if (problem == null && (version != target.version() || !Objects.equals(text, target.text())
                    || !state.equals(target.state()))) {
                problem = "replay ends at v" + version + " '" + text + "' " + state + ", stored v" + target.version() + " '"
                        + target.text() + "' " + target.state();
            }
            if (problem != null) {
                mismatches++;
                note(problems, "REPLAY " + target.segmentId() + "/" + target.locale() + ": " + problem);
            }
        }
        long orphans = byTarget.size() - targets.size();
        if (orphans != 0) {
            mismatches += Math.abs(orphans);
            note(problems, "history of " + byTarget.size() + " targets, " + targets.size() + " targets stored");
        }
        return mismatches;
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }
}
