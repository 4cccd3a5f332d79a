package org.tarjima.mail;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * {@code smtp://user:password@host:port} (STARTTLS when the server offers it) or {@code smtps://…} (TLS from the
 * start) as a configured Jakarta Mail sender. User name and password are URL-encoded when they hold : @ or /.
 */
final class SmtpUrl {

    private SmtpUrl() {
    }

    /** A sender for the URL; empty when it is blank (the channel is off). */
    static Optional<JavaMailSenderImpl> sender(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw new IllegalArgumentException("TARJIMA_SMTP_URL must look like smtp://user:password@host:port or "
                    + "smtps://…, not '" + uri.getScheme() + "://" + uri.getHost() + "'");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setProtocol(scheme);
        sender.setHost(uri.getHost());
        sender.setPort(uri.getPort() > 0 ? uri.getPort() : scheme.equals("smtps") ? 465 : 25);
        sender.setDefaultEncoding("UTF-8");
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            sender.setUsername(decode(user[0]));
            if (user.length > 1) {
                sender.setPassword(decode(user[1]));
            }
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail." + scheme + ".auth", String.valueOf(sender.getUsername() != null));
        properties.put("mail.smtp.starttls.enable", "true");
        // Short timeouts: a slow mail server delays other mails on the channel's thread, never a person.
        properties.put("mail." + scheme + ".connectiontimeout", "10000");
        properties.put("mail." + scheme + ".timeout", "10000");
        properties.put("mail." + scheme + ".writetimeout", "10000");
        return Optional.of(sender);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
