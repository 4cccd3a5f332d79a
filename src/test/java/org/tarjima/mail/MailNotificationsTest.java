package org.tarjima.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.events.PersonNotified;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestUsers;

/** Notifications by e-mail through a real SMTP server in this JVM (GreenMail): sent after commit, never for a rollback. */
@TarjimaTest
class MailNotificationsTest {

    private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtp.start();
        smtp.setUser("tarjima", "mail-password");
        registry.add("tarjima.smtp-url", () -> "smtp://tarjima:mail-password@127.0.0.1:" + smtp.getSmtp().getPort());
        registry.add("tarjima.public-url", () -> "https://tarjima.example.org/");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestUsers users;
    @Autowired
    UserService userService;
    @Autowired
    RunAs runAs;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private void publish(PersonNotified notification, boolean rollBack) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(notification);
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void a_notification_arrives_by_mail_after_commit_in_the_persons_language_with_an_absolute_link() throws Exception {
        String person = users.create("mailed");
        userService.setEmail(person, "aida@example.org");
        runAs.user(person, () -> {
            userService.setUiLanguage(Locale.forLanguageTag("ru"));
            return null;
        });

        publish(new PersonNotified(person, "REJECTED", "admin.emailSaved", List.of("rolled back"), "/documents/1/ru"), true);
        publish(new PersonNotified(person, "REJECTED", "admin.emailSaved", List.of("Айда"), "/documents/12/ru?segment=3"),
                false);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(300); // a mail for the rolled-back notification would have been queued before this one
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("aida@example.org");
        assertThat(mail.getSubject()).isEqualTo("Tarjima: Адрес электронной почты Айда сохранён.");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getContentType()).containsIgnoringCase("utf-8");
        assertThat(new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Адрес электронной почты Айда сохранён.")
                .contains("https://tarjima.example.org/documents/12/ru?segment=3");
        assertThat(body).doesNotContain("rolled back");
    }

    @Test
    void nobody_without_an_address_gets_mail_and_english_is_the_default() throws Exception {
        String without = users.create("unmailed");
        String english = users.create("english");
        userService.setEmail(english, "bek@example.org");

        publish(new PersonNotified(without, "ASSIGNED", "admin.emailSaved", List.of("x"), "/"), false);
        publish(new PersonNotified(english, "ASSIGNED", "admin.emailSaved", List.of("Bek"), "/projects/4"), false);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Tarjima: E-mail address of Bek saved.");
        assertThat(new String(smtp.getReceivedMessages()[0].getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("https://tarjima.example.org/projects/4");
    }
}
