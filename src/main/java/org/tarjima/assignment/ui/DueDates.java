package org.tarjima.assignment.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * A due date as the viewer reads it: ICU's medium date of their UI language. A due date is a calendar day, the same
 * day in every time zone, so it is formatted at midnight UTC in UTC (never shifted to the day before in the Americas).
 */
public final class DueDates {

    private DueDates() {
    }

    public static String format(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
