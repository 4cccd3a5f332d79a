package org.tarjima.security;

import org.tarjima.base.UserInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.support.TarjimaTest;

/** Personal access tokens against the real database: a token works until it is revoked, and records its use. */
@TarjimaTest
class AccessTokenTest {

    @Autowired
    UserService users;

    @Test
    void a_token_authenticates_its_owner_records_its_use_and_stops_working_when_revoked() {
        CreatedToken created = users.createToken("nightly export");
        assertThat(created.secret()).startsWith(UserService.TOKEN_PREFIX);
        // What creating answers is what the list holds afterwards.
        assertThat(users.myTokens()).contains(created.token());

        assertThat(users.authenticateToken(created.secret())).map(TarjimaUser::getUsername).contains("admin");
        // A second use within the minute does not write again, and still authenticates.
        assertThat(users.authenticateToken(created.secret())).isPresent();
        AccessTokenInfo used = users.myTokens().stream().filter(t -> t.id() == created.token().id()).findFirst().orElseThrow();
        assertThat(used.lastUsedAt()).isNotNull();

        users.revokeToken(created.token().id());
        assertThat(users.authenticateToken(created.secret())).isEmpty();
        assertThat(users.myTokens()).filteredOn(t -> t.id() == created.token().id())
                .singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void a_nameless_token_is_refused_with_a_message_key_for_the_ui() {
        assertThatThrownBy(() -> users.createToken("  "))
                .isInstanceOfSatisfying(UserInputException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("error.token.name"));
    }
}
