package org.tarjima.locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Recognises dates and numbers in source text with ICU parsing in the source locale (month names come
 * from CLDR, not from a table of ours) and renders them in the target locale's own formats: dates in
 * ICU's LONG style ("4 декабря 2020 г.", "2020 ж. 4 желтоқсан"), numbers with the locale's grouping and
 * decimal separators ("1 234,5").
 */
@Component
public class DatesAndNumbers {

    /** Digits not glued to letters or a hyphen ("COVID-19" is a name, not a number). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}\\-.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{L}\\p{N}\\-.,])\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}\\-])");

    public List<LocalizedValue> localize(String text, String sourceLocale, String targetLocale) {
        ULocale source = ULocale.forLanguageTag(sourceLocale);
        ULocale target = ULocale.forLanguageTag(targetLocale);
        List<LocalizedValue> found = new ArrayList<>(dates(text, source, target));
        for (LocalizedValue number : numbers(text, source, target)) {
            if (found.stream().noneMatch(date -> number.start() < date.end() && date.start() < number.end())) {
                found.add(number);
            }
        }
        found.sort(Comparator.comparingInt(LocalizedValue::start));
        return found;
    }

    private static List<LocalizedValue> dates(String text, ULocale source, ULocale target) {
        String months = Arrays.stream(DateFormatSymbols.getInstance(source).getMonths())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        List<LocalizedValue> dates = new ArrayList<>();
        // Day-month-year ("4 December 2020") and month-day-year ("December 4, 2020"), parsed by ICU.
        for (String[] form : new String[][] {
                {"\\b\\d{1,2}\\s+(?:" + months + ")\\s+\\d{4}\\b", "d MMMM y"},
                {"\\b(?:" + months + ")\\s+\\d{1,2},\\s+\\d{4}\\b", "MMMM d, y"}}) {
            Matcher candidates = Pattern.compile(form[0], Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text);
            SimpleDateFormat parser = new SimpleDateFormat(form[1], source);
            parser.setLenient(false);
            parser.setTimeZone(TimeZone.GMT_ZONE);
            while (candidates.find()) {
                ParsePosition position = new ParsePosition(0);
                Date date = parser.parse(candidates.group(), position);
                if (date != null && position.getIndex() == candidates.group().length()) {
                    dates.add(new LocalizedValue(LocalizedValue.Kind.DATE, candidates.group(), candidates.start(),
                            candidates.end(), iso(date), render(date, target)));
                }
            }
        }
        return dates;
    }

    private static List<LocalizedValue> numbers(String text, ULocale source, ULocale target) {
        NumberFormat parser = NumberFormat.getInstance(source);
        NumberFormat renderer = NumberFormat.getInstance(target);
        renderer.setMaximumFractionDigits(20);
        List<LocalizedValue> numbers = new ArrayList<>();
        Matcher candidates = NUMBER.matcher(text);
        while (candidates.find()) {
            ParsePosition position = new ParsePosition(0);
            Number value = parser.parse(candidates.group(), position);
            if (value != null && position.getIndex() == candidates.group().length()) {
                BigDecimal decimal = new BigDecimal(value.toString());
                if (renderer.format(decimal).equals(candidates.group())) {
                    continue; // "60 → 60" is no offer
                }
                numbers.add(new LocalizedValue(LocalizedValue.Kind.NUMBER, candidates.group(), candidates.start(),
                        candidates.end(), decimal.stripTrailingZeros().toPlainString(), renderer.format(decimal)));
            }
        }
        return numbers;
    }

    private static String render(Date date, ULocale target) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, target);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(date);
    }

    private static String iso(Date date) {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE);
        calendar.setTime(date);
        return String.format("%04d-%02d-%02d", calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }
}
