package org.tarjima.assignment.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The date picker in the UI language: month and weekday names, the first day of the week and the short date
 * pattern from ICU (CLDR), the two button labels from the bundles.
 */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker.DatePickerI18n i18n(Locale locale, Function<String, String> messages) {
        ULocale ulocale = ULocale.forLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(ulocale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE))
                .subList(0, 12));
        // ICU's weekday arrays start with an empty element so that Calendar.SUNDAY (1) indexes Sunday.
        i18n.setWeekdays(weekdays(symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)));
        i18n.setWeekdaysShort(weekdays(symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.SHORT)));
        i18n.setFirstDayOfWeek(Calendar.getInstance(ulocale).getFirstDayOfWeek() - 1);
        i18n.setDateFormat(pattern(ulocale));
        i18n.setToday(messages.apply("datePicker.today"));
        i18n.setCancel(messages.apply("datePicker.cancel"));
        return i18n;
    }

    private static List<String> weekdays(String[] icu) {
        return Arrays.asList(icu).subList(1, 8);
    }

    /** ICU's short date pattern in the tokens the picker knows (d, dd, M, MM, yy, yyyy), literals dropped. */
    static String pattern(ULocale locale) {
        String icu = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, locale)).toPattern();
        String plain = icu.replaceAll("'[^']*'", "").replaceAll("[^dMy./\\-\\s]", "").replaceAll("y+", "yyyy")
                .replaceAll("M{3,}", "MM").strip();
        boolean complete = plain.contains("d") && plain.contains("M") && plain.contains("y");
        return complete ? plain : "yyyy-MM-dd";
    }
}
