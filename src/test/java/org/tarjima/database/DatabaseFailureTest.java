package org.tarjima.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseFailureTest {

    @Test
    void an_unreachable_local_server_stops_start_up_with_one_message_saying_what_to_set() {
        DatabaseChoice.LocalServer nowhere = new DatabaseChoice.LocalServer("127.0.0.1", 1, "postgres", "", "tarjima");

        assertThatThrownBy(() -> LocalServerDatabase.prepare(nowhere))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1");

        DatabaseUnavailableException failure = new DatabaseUnavailableException("no database", null);
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("TARJIMA_DB_URL").contains("TARJIMA_DB_USER").contains("TARJIMA_DB_PASSWORD");
    }
}
