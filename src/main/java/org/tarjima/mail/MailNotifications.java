package org.tarjima.mail;

import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tarjima.base.events.PersonNotified;
import org.tarjima.base.i18n.MessageBundles;
import org.tarjima.security.MailContact;
import org.tarjima.security.UserService;

/**
 * Sends each {@link PersonNotified} by e-mail once its transaction has committed (a rolled-back change notifies
 * nobody), on a thread of its own so that neither a person's action nor the commit waits for the mail server. Subject
 * and body are the notification's own message in the person's UI language (English when they never chose one), with
 * the link made absolute from {@code tarjima.public-url}. Off, and silent, when {@code tarjima.smtp-url} is not set
 * or the person has no address. A mail that cannot be sent is logged, not retried: the in-app bell still has it.
 */
@Component
class MailNotifications {

    private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

    private final Optional<JavaMailSenderImpl> sender;
    private final UserService users;
    private final MessageBundles messages;
    private final String publicUrl;
    private final String from;
    private final ExecutorService mailer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailNotifications(@Value("${tarjima.smtp-url:}") String smtpUrl, @Value("${tarjima.mail-from:tarjima@localhost}") String from,
                      @Value("${tarjima.public-url:http://localhost:8080}") String publicUrl, UserService users,
                      MessageBundles messages) {
        this.sender = SmtpUrl.sender(smtpUrl);
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.users = users;
        this.messages = messages;
    }

    /** Whether mail is configured at all. */
    boolean enabled() {
        return sender.isPresent();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PersonNotified notification) {
        if (sender.isPresent()) {
            mailer.execute(() -> send(notification));
        }
    }

    private void send(PersonNotified notification) {
        try {
            Optional<MailContact> contact = users.mailContact(notification.username());
            Optional<String> address = contact.flatMap(MailContact::address);
            if (address.isEmpty()) {
                return;
            }
            Locale locale = contact.get().locale();
            String text = messages.getTranslation(notification.messageKey(), locale, notification.arguments().toArray());
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address.get());
            mail.setSubject(messages.getTranslation("mail.subject", locale, text));
            mail.setText(messages.getTranslation("mail.body", locale, text, absolute(notification.link())));
            sender.get().send(mail);
        } catch (RuntimeException e) { // MailException among them: the bell still has it
            log.warn("The {} notification for {} could not be sent by e-mail: {}", notification.kind(),
                    notification.username(), e.toString());
        }
    }

    private String absolute(String link) {
        if (link == null || link.isBlank()) {
            return publicUrl + "/";
        }
        return link.startsWith("http://") || link.startsWith("https://") ? link
                : publicUrl + (link.startsWith("/") ? "" : "/") + link;
    }

    @PreDestroy
    void stop() {
        mailer.shutdown();
    }
}
