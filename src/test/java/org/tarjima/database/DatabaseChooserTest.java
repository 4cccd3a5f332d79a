package org.tarjima.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseChooserTest {

    private static final Path HOME = Path.of("/home/aida");

    private static DatabaseChoice choose(Map<String, String> settings, boolean root) {
        return new DatabaseChooser(settings::get, root, HOME).choose();
    }

    @Test
    void a_configured_url_wins_over_everything_even_as_root() {
        DatabaseChoice choice = choose(Map.of("tarjima.db.url", "jdbc:postgresql://db.example:5432/l10n",
                "tarjima.db.user", "tarjima", "tarjima.db.password", "secret"), true);

        assertThat(choice).isEqualTo(new DatabaseChoice.Configured("jdbc:postgresql://db.example:5432/l10n", "tarjima", "secret"));
    }

    @Test
    void a_configured_url_wins_for_a_normal_user_too() {
        assertThat(choose(Map.of("tarjima.db.url", "jdbc:postgresql://localhost/x"), false))
                .isInstanceOf(DatabaseChoice.Configured.class);
    }

    @Test
    void root_falls_back_to_the_local_server_as_postgres_without_password() {
        DatabaseChoice choice = choose(Map.of(), true);

        assertThat(choice).isEqualTo(new DatabaseChoice.LocalServer("127.0.0.1", 5432, "postgres", "", "tarjima"));
        assertThat(((DatabaseChoice.LocalServer) choice).url("tarjima")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/tarjima");
    }

    @Test
    void root_with_credentials_uses_them_on_the_local_server() {
        DatabaseChoice choice = choose(Map.of("tarjima.db.user", "me", "tarjima.db.password", "pw", "tarjima.db.name", "l10n"), true);

        assertThat(choice).isEqualTo(new DatabaseChoice.LocalServer("127.0.0.1", 5432, "me", "pw", "l10n"));
    }

    @Test
    void a_normal_user_gets_an_embedded_database_kept_in_the_home_directory() {
        DatabaseChoice choice = choose(Map.of(), false);

        assertThat(choice).isEqualTo(new DatabaseChoice.Embedded(Path.of("/home/aida/.tarjima/pgdata"), "tarjima"));
    }

    @Test
    void the_embedded_data_directory_can_be_moved() {
        DatabaseChoice choice = choose(Map.of("tarjima.db.embedded-dir", "/data/pg"), false);

        assertThat(((DatabaseChoice.Embedded) choice).dataDirectory()).isEqualTo(Path.of("/data/pg"));
    }

    @Test
    void blank_settings_count_as_unset() {
        assertThat(choose(Map.of("tarjima.db.url", "  "), true)).isInstanceOf(DatabaseChoice.LocalServer.class);
    }

    @Test
    void every_choice_says_what_it_is_for_the_log() {
        assertThat(choose(Map.of(), true).describe()).contains("127.0.0.1:5432").contains("tarjima");
        assertThat(choose(Map.of(), false).describe()).contains(".tarjima/pgdata");
    }
}
