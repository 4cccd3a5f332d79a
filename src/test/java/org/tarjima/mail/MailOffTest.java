package org.tarjima.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.events.PersonNotified;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestUsers;

/** Without TARJIMA_SMTP_URL the channel is off: a notification commits as always and nothing is sent. */
@TarjimaTest
class MailOffTest {

    @Autowired
    MailNotifications mail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestUsers users;
    @Autowired
    UserService userService;

    @Test
    void without_an_smtp_url_nothing_is_sent_and_nothing_breaks() {
        String person = users.create("nomail");
        userService.setEmail(person, "nomail@example.org");
        assertThat(userService.email(person)).contains("nomail@example.org");

        Boolean committed = new TransactionTemplate(transactionManager).execute(status -> {
            events.publishEvent(new PersonNotified(person, "ASSIGNED", "admin.emailSaved", List.of("x"), "/"));
            return true;
        });

        assertThat(committed).isTrue();
        assertThat(mail.enabled()).isFalse();
        userService.setEmail(person, " ");
        assertThat(userService.email(person)).isEmpty();
    }
}
