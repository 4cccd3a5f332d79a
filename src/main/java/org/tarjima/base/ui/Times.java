package org.tarjima.base.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/** Moments shown to a user: ICU's date and time format for the UI language, in the browser's time zone. */
public final class Times {

    private static final String ZONE = Times.class.getName() + ".zone";

    private Times() {
    }

    /** Asks the browser for its time zone once per session; until it answers, times are shown in UTC. */
    public static void learnZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                session.setAttribute(ZONE, ZoneId.of(details.getTimeZoneId()).getId());
            } catch (RuntimeException unknownZone) {
                session.setAttribute(ZONE, "UTC");
            }
        });
    }

    /** "28 нояб. 2026 г., 10:15" for Russian, "28-noy, 2026, 10:15" for Uzbek, and so on. */
    public static String format(Instant moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone()));
        return format.format(Date.from(moment));
    }

    private static String zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE);
        return zone == null ? "UTC" : zone.toString();
    }
}
