package org.tarjima.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RateCardRepository {

    private static final String COLUMNS = """
            project_id, price_per_word, currency, percent_context, percent_exact, percent_95_99, percent_85_94,
            percent_75_84, percent_50_74, percent_none, percent_repetitions""";

    private final JdbcClient jdbc;

    RateCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The card of a project, or the global one for null. */
    Optional<RateCard> find(Long projectId) {
        String where = projectId == null ? "project_id is null" : "project_id = :project";
        var statement = jdbc.sql("select " + COLUMNS + " from rate_card where " + where);
        if (projectId != null) {
            statement = statement.param("project", projectId);
        }
        return statement.query(RateCardRepository::card).optional();
    }

    void save(RateCard card, String user, Instant now) {
        // One statement for both scopes: the partial unique index keeps a single global row, the unique key one per project.
        int updated = jdbc.sql("update rate_card set price_per_word = ?, currency = ?, percent_context = ?, percent_exact = ?,"
                        + " percent_95_99 = ?, percent_85_94 = ?, percent_75_84 = ?, percent_50_74 = ?, percent_none = ?,"
                        + " percent_repetitions = ?, updated_by = ?, updated_at = ? where "
                        + (card.projectId() == null ? "project_id is null and ?::bigint is null" : "project_id = ?"))
                .params(values(card, user, now)).update();
        if (updated == 0) {
            jdbc.sql("insert into rate_card (price_per_word, currency, percent_context, percent_exact, percent_95_99,"
                            + " percent_85_94, percent_75_84, percent_50_74, percent_none, percent_repetitions, updated_by,"
                            + " updated_at, project_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(card, user, now)).update();
        }
    }

    /** Removes a project's own card (never the global one: the caller passes a project). */
    void delete(long projectId) {
        jdbc.sql("delete from rate_card where project_id = ?").param(projectId).update();
    }

    private static Object[] values(RateCard card, String user, Instant now) {
        Map<MatchBand, Integer> p = card.percent();
        return new Object[] {card.pricePerWord(), card.currency(), p.get(MatchBand.CONTEXT), p.get(MatchBand.EXACT),
                p.get(MatchBand.FUZZY_95_99), p.get(MatchBand.FUZZY_85_94), p.get(MatchBand.FUZZY_75_84),
                p.get(MatchBand.FUZZY_50_74), p.get(MatchBand.NONE), card.repetitionsPercent(), user, Timestamp.from(now),
                card.projectId()};
    }

    boolean costsShared(long projectId) {
        return jdbc.sql("select exists (select 1 from analysis_costs_shared where project_id = ?)").param(projectId)
                .query(Boolean.class).single();
    }

    void shareCosts(long projectId, boolean shared) {
        if (shared) {
            jdbc.sql("insert into analysis_costs_shared (project_id) values (?) on conflict do nothing").param(projectId).update();
        } else {
            jdbc.sql("delete from analysis_costs_shared where project_id = ?").param(projectId).update();
        }
    }

    private static RateCard card(ResultSet rs, int row) throws SQLException {
        Map<MatchBand, Integer> percent = new EnumMap<>(MatchBand.class);
        percent.put(MatchBand.CONTEXT, rs.getInt("percent_context"));
        percent.put(MatchBand.EXACT, rs.getInt("percent_exact"));
        percent.put(MatchBand.FUZZY_95_99, rs.getInt("percent_95_99"));
        percent.put(MatchBand.FUZZY_85_94, rs.getInt("percent_85_94"));
        percent.put(MatchBand.FUZZY_75_84, rs.getInt("percent_75_84"));
        percent.put(MatchBand.FUZZY_50_74, rs.getInt("percent_50_74"));
        percent.put(MatchBand.NONE, rs.getInt("percent_none"));
        long project = rs.getLong("project_id");
        return new RateCard(rs.wasNull() ? null : project, rs.getBigDecimal("price_per_word"), rs.getString("currency"),
                percent, rs.getInt("percent_repetitions"));
    }
}
