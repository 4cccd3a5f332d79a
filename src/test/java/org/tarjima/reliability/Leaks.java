package org.tarjima.reliability;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks for forbidden texts everywhere text from a file or a request can land in the database. */
final class Leaks {

    private static final List<String> COLUMNS = List.of(
            "select count(*) from segment where strpos(source_text, :t) > 0 or strpos(source::text, :t) > 0"
                    + " or strpos(notes::text, :t) > 0 or strpos(coalesce(context, ''), :t) > 0",
            "select count(*) from target where strpos(text, :t) > 0",
            "select count(*) from target_history where strpos(new_text, :t) > 0",
            "select count(*) from document where strpos(name, :t) > 0 or position(convert_to(:t, 'UTF8') in original) > 0",
            "select count(*) from target_comment where strpos(body, :t) > 0",
            "select count(*) from project where strpos(name, :t) > 0",
            "select count(*) from job where strpos(title::text, :t) > 0 or strpos(coalesce(message::text, ''), :t) > 0");

    private Leaks() {
    }

    /** How many rows hold any of the texts. */
    static long inDatabase(JdbcClient jdbc, List<String> texts) {
        long found = 0;
        for (String text : texts) {
            for (String sql : COLUMNS) {
                found += jdbc.sql(sql).param("t", text).query(Long.class).single();
            }
        }
        return found;
    }

    /** How many of the texts occur in an answer. */
    static long inText(String answer, List<String> texts) {
        if (answer == null) {
            return 0;
        }
        return texts.stream().filter(answer::contains).count();
    }
}
