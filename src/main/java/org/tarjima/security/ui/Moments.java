package org.tarjima.security.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/** Instants as the UI language writes a date and time, in the browser's time zone once it is known. */
final class Moments {

    private final Locale locale;
    private TimeZone zone = TimeZone.getDefault();

    Moments(Locale locale) {
        this.locale = locale;
    }

    /** The browser's zone (an IANA id from Vaadin's client details); unknown ids leave the server's zone. */
    void useZone(String zoneId) {
        if (zoneId != null && !zoneId.isBlank()) {
            TimeZone candidate = TimeZone.getTimeZone(zoneId);
            if (!TimeZone.UNKNOWN_ZONE_ID.equals(candidate.getID())) {
                zone = candidate;
            }
        }
    }

    String format(Instant instant) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(locale));
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }
}
