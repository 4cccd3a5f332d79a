package org.tarjima.spelling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SpellingRepository {

    /** A word list's state: it changed when either number did. */
    record Revision(long count, long maxId) {
    }

    /** A stored word; {@code global} when it is on the list for every project. */
    record StoredWord(String word, String folded, boolean global, String addedBy, Instant addedAt) {
    }

    private final JdbcClient jdbc;

    SpellingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Revision revision(long projectId, String locale) {
        return jdbc.sql("""
                        select count(*) as n, coalesce(max(id), 0) as max_id from spelling_word
                        where locale = :locale and (project_id = :project or project_id is null)""")
                .param("locale", locale).param("project", projectId)
                .query((rs, i) -> new Revision(rs.getLong("n"), rs.getLong("max_id"))).single();
    }

    /** The project's words and the global ones in a locale, project words first. */
    List<StoredWord> words(long projectId, String locale) {
        return jdbc.sql("""
                        select word, folded, project_id is null as global, added_by, added_at from spelling_word
                        where locale = :locale and (project_id = :project or project_id is null)
                        order by project_id is null, folded""")
                .param("locale", locale).param("project", projectId)
                .query((rs, i) -> new StoredWord(rs.getString("word"), rs.getString("folded"), rs.getBoolean("global"),
                        rs.getString("added_by"), rs.getTimestamp("added_at").toInstant())).list();
    }

    /** @return whether the word was new on that list */
    boolean add(Long projectId, String locale, String word, String folded, String by, Instant at) {
        return jdbc.sql("""
                        insert into spelling_word (project_id, locale, word, folded, added_by, added_at)
                        values (:project, :locale, :word, :folded, :by, :at)
                        on conflict (coalesce(project_id, 0), locale, folded) do nothing""")
                .param("project", projectId).param("locale", locale).param("word", word).param("folded", folded)
                .param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    /** @return whether the word was on that list */
    boolean remove(Long projectId, String locale, String folded) {
        return jdbc.sql("""
                        delete from spelling_word
                        where coalesce(project_id, 0) = :project and locale = :locale and folded = :folded""")
                .param("project", projectId == null ? 0L : projectId).param("locale", locale).param("folded", folded)
                .update() > 0;
    }

    /**
     * Up to {@code limit} approved translations into a locale in the translation memory with an id above
     * {@code afterId}, in id order: a learned lexicon reads in pages, and later only what is new since its last look.
     */
    List<ApprovedText> approvedTexts(String locale, long afterId, int limit) {
        return jdbc.sql("""
                        select id, target_text from tm_unit
                        where target_locale = :locale and state = 'APPROVED' and id > :after order by id limit :limit""")
                .param("locale", locale).param("after", afterId).param("limit", limit)
                .query((rs, i) -> new ApprovedText(rs.getLong("id"), rs.getString("target_text"))).list();
    }

    record ApprovedText(long id, String text) {
    }
}
