package org.tarjima.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestUsers;

/** An admin sets a user's e-mail address in the users screen's dialog (Karibu), against the real service. */
@TarjimaTest
class EmailDialogTest {

    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void an_address_is_saved_and_a_malformed_one_is_refused_in_the_dialog() {
        String name = testUsers.create("mailbox");
        EmailDialog dialog = new EmailDialog(users, users.user(name).orElseThrow());
        dialog.open();
        EmailField email = LocatorJ._get(EmailField.class, spec -> spec.withId("email-value"));
        assertThat(email.getValue()).isEmpty();

        LocatorJ._setValue(email, "not an address");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("save-email")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("!{error.user.emailInvalid}!");
        assertThat(users.email(name)).isEmpty();

        LocatorJ._setValue(email, "aida@example.org");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("save-email")));
        assertThat(users.email(name)).contains("aida@example.org");
        assertThat(dialog.isOpened()).isFalse();
    }
}
