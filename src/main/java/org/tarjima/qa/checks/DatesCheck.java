package org.tarjima.qa.checks;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.LocalizedValue;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A date in the source ("4 December 2020", recognised by {@link DatesAndNumbers}) must be in the target as the same
 * date, in any way the target language writes dates: one of ICU's formats for it ("4 декабря 2020 г.", "2020 ж. 4
 * желтоқсан", "04.12.2020"), or the day, the year and the month's name in any of CLDR's forms, which also accepts
 * an inflected month ("4-dekabrda, 2020-yil").
 */
@Component
public class DatesCheck implements QaCheck {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> SKELETONS = List.of("yMMMMd", "yMMMd", "yMd", "yMMdd", "yMMMMEEEEd", "yMMMMEEEd");

    private final DatesAndNumbers datesAndNumbers;

    public DatesCheck(DatesAndNumbers datesAndNumbers) {
        this.datesAndNumbers = datesAndNumbers;
    }

    @Override
    public String id() {
        return "dates";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String source = subject.sourceText();
        String target = subject.targetText();
        // Every date the recogniser knows has a year: most segments have none and cost nothing.
        if (target.isBlank() || !YEAR.matcher(source).find()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        for (LocalizedValue value : datesAndNumbers.localize(source, subject.sourceLocale(), subject.targetLocale())) {
            if (value.kind() == LocalizedValue.Kind.DATE && !present(LocalDate.parse(value.value()), target, subject.targetLocale())) {
                findings.add(QaFinding.of(this, Severity.ERROR, null, -1, -1, value.source(), value.rendering()));
            }
        }
        return findings;
    }

    static boolean present(LocalDate date, String text, String locale) {
        String haystack = normalize(text, locale);
        ULocale uLocale = ULocale.forLanguageTag(locale);
        for (String rendering : renderings(date, uLocale)) {
            if (haystack.contains(normalize(rendering, locale))) {
                return true;
            }
        }
        return hasDayYearAndMonth(date, haystack, uLocale, locale);
    }

    private static Set<String> renderings(LocalDate date, ULocale locale) {
        Date instant = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        Set<String> renderings = new LinkedHashSet<>();
        for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT}) {
            DateFormat format = DateFormat.getDateInstance(style, locale);
            format.setTimeZone(TimeZone.GMT_ZONE);
            renderings.add(format.format(instant));
        }
        DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(locale);
        for (String skeleton : SKELETONS) {
            SimpleDateFormat format = new SimpleDateFormat(generator.getBestPattern(skeleton), locale);
            format.setTimeZone(TimeZone.GMT_ZONE);
            renderings.add(format.format(instant));
        }
        return renderings;
    }

    private static boolean hasDayYearAndMonth(LocalDate date, String text, ULocale locale, String tag) {
        List<Integer> numbers = new ArrayList<>();
        Matcher digits = NUMBER.matcher(text);
        while (digits.find()) {
            if (digits.group().length() <= 4) {
                numbers.add(Integer.parseInt(digits.group()));
            }
        }
        if (!numbers.contains(date.getDayOfMonth()) || !numbers.contains(date.getYear())) {
            return false;
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        int month = date.getMonthValue() - 1;
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String name = normalize(symbols.getMonths(context, width)[month], tag).replace(".", "");
                if (name.length() >= 3 && Pattern.compile("(?<!\\p{L})" + Pattern.quote(name)).matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normalize(String text, String locale) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag(locale));
    }
}
