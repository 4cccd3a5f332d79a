package org.tarjima.webhooks;

import java.util.List;

/** What a manager or admin asks for: where to send, the HMAC secret, and which event types. */
public record NewWebhook(String url, String secret, List<String> events) {

    /** Matches the schema's varchar(2000). */
    public static final int URL_MAX_LENGTH = 2000;
    /** Matches the schema's varchar(200). */
    public static final int SECRET_MAX_LENGTH = 200;
}
