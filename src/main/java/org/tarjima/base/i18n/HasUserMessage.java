package org.tarjima.base.i18n;

/**
 * A refusal that can be said in the user's language: the UI shows {@link #userMessage()}; {@code getMessage()} stays
 * English, for logs and the API.
 */
public interface HasUserMessage {

    Message userMessage();
}
