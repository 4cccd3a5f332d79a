package org.tarjima.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a person's notifications go by e-mail.
 *
 * @param email      null when the person has no address
 * @param uiLanguage the BCP 47 tag of the UI language they chose last, null when they never chose
 */
public record MailContact(String username, String email, String uiLanguage) {

    /** Matches the schema's varchar(254), the longest address SMTP carries. */
    public static final int EMAIL_MAX_LENGTH = 254;

    /** The language to write to them in: their UI language, English when they never chose one. */
    public Locale locale() {
        return uiLanguage == null || uiLanguage.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(uiLanguage);
    }

    public Optional<String> address() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }
}
