package org.tarjima.analysis;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tarjima.base.i18n.MessageBundles;

/**
 * An analysis as files: CSV for spreadsheets (plain numbers, one row per locale and band) and a self-contained HTML
 * report for people (inline CSS, no script, no external resource; every text escaped), in the reader's language.
 */
@Component
public class AnalysisReports {

    private static final int MAX_BAR = 100;

    private final MessageBundles messages;

    AnalysisReports(MessageBundles messages) {
        this.messages = messages;
    }

    /** One row of a locale's table: a band, the repetitions, the work done, or the total. */
    public record Row(String key, String label, Counts counts, Integer percent, BigDecimal weighted) {
    }

    /**
     * The rows of a locale in the order the table shows them; {@code label} is the band's label or, for the other rows,
     * {@code repetitions}, {@code alreadyDone}, {@code total}. Percentages are null without the rate card.
     */
    public static List<Row> rows(LocaleAnalysis locale, RateCard card) {
        List<Row> rows = new ArrayList<>();
        for (MatchBand band : MatchBand.values()) {
            Counts counts = locale.bands().get(band);
            Integer percent = card == null ? null : card.percent().get(band);
            rows.add(new Row("analysis.band." + band.name(), band.label(), counts, percent,
                    weighted(counts, percent)));
        }
        Integer repetitions = card == null ? null : card.repetitionsPercent();
        rows.add(new Row("analysis.repetitions", "repetitions", locale.repetitions(), repetitions,
                weighted(locale.repetitions(), repetitions)));
        rows.add(new Row("analysis.alreadyDone", "alreadyDone", locale.alreadyDone(), card == null ? null : 0,
                card == null ? null : BigDecimal.ZERO));
        rows.add(new Row("analysis.total", "total", new Counts(locale.totalSegments(), locale.totalWords()), null,
                locale.weightedWords()));
        return rows;
    }

    private static BigDecimal weighted(Counts counts, Integer percent) {
        return percent == null ? null : BigDecimal.valueOf((long) counts.words() * percent).movePointLeft(2);
    }

    /** {@code analysis-<name>.csv}-style file name part: letters, digits, dots, dashes. */
    public static String fileName(Analysis analysis, String extension) {
        return "analysis-" + analysis.title().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "." + extension;
    }

    /**
     * The analysis as CSV (RFC 4180, UTF-8): {@code locale,band,segments,words,percent,weighted_words,cost,currency};
     * percent and cost are empty for a reader who may not see costs, cost is on the total row.
     */
    public byte[] csv(Analysis analysis) {
        StringBuilder csv = new StringBuilder("locale,band,segments,words,percent,weighted_words,cost,currency\r\n");
        for (LocaleAnalysis locale : analysis.locales()) {
            for (Row row : rows(locale, analysis.card())) {
                boolean total = row.label().equals("total");
                LocaleAnalysis.Cost cost = total ? locale.cost() : null;
                csv.append(String.join(",", field(locale.locale()), field(row.label()),
                        String.valueOf(row.counts().segments()), String.valueOf(row.counts().words()),
                        row.percent() == null ? "" : String.valueOf(row.percent()),
                        row.weighted() == null ? "" : row.weighted().toPlainString(),
                        cost == null ? "" : cost.amount().toPlainString(), cost == null ? "" : cost.currency())).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        return value.matches(".*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The cost formatted as the reader's locale writes amounts of the card's currency (ICU). */
    public static String money(LocaleAnalysis.Cost cost, Locale reader) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(reader));
        format.setCurrency(Currency.getInstance(cost.currency()));
        return format.format(cost.amount());
    }

    /** A percentage as the reader's locale writes it ({@code 30 %} in Russian, {@code 30%} in English). */
    public static String percent(int value, Locale reader) {
        return NumberFormat.getPercentInstance(ULocale.forLocale(reader)).format(value / 100.0);
    }

    /** A number as the reader's locale writes it. */
    public static String number(Number value, Locale reader) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(reader));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The self-contained HTML report in the reader's language. */
    public byte[] html(Analysis analysis, Locale reader) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(reader.toLanguageTag()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(text(reader, "analysis.title", analysis.title()))).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(text(reader, "analysis.title", analysis.title()))).append("</h1>\n<p class=\"meta\">")
                .append(escape(text(reader, "analysis.generated", DateFormat.getDateTimeInstance(DateFormat.LONG,
                        DateFormat.SHORT, ULocale.forLocale(reader)).format(Date.from(analysis.analyzedAt())),
                        analysis.sourceLocale())))
                .append("</p>\n");
        if (analysis.card() != null) {
            html.append("<p class=\"meta\">").append(escape(text(reader, "analysis.rate", money(
                    new LocaleAnalysis.Cost(analysis.card().pricePerWord(), analysis.card().currency()), reader))))
                    .append("</p>\n");
        }
        for (LocaleAnalysis locale : analysis.locales()) {
            html.append("<h2>").append(escape(analysis.sourceLocale() + " → " + locale.locale())).append("</h2>\n")
                    .append("<table>\n<thead><tr>");
            for (String heading : headings(analysis.card() != null)) {
                html.append(heading.equals("analysis.share") ? "<th class=\"bar\">" : "<th>")
                        .append(escape(text(reader, heading))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            int total = Math.max(1, locale.totalWords());
            for (Row row : rows(locale, analysis.card())) {
                boolean isTotal = row.label().equals("total");
                html.append(isTotal ? "<tr class=\"total\">" : "<tr>")
                        .append("<th scope=\"row\">").append(escape(text(reader, row.key()))).append("</th>")
                        .append("<td>").append(escape(number(row.counts().segments(), reader))).append("</td>")
                        .append("<td>").append(escape(number(row.counts().words(), reader))).append("</td>")
                        .append("<td class=\"bar\">");
                if (!isTotal && row.counts().words() > 0) {
                    long width = Math.round((double) row.counts().words() * MAX_BAR / total);
                    html.append("<span style=\"width:").append(width).append("%\"></span>");
                }
                html.append("</td>");
                if (analysis.card() != null) {
                    html.append("<td>").append(row.percent() == null ? "" : escape(percent(row.percent(), reader))).append("</td>")
                            .append("<td>").append(row.weighted() == null ? "" : escape(number(row.weighted(), reader)))
                            .append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
            if (locale.cost() != null) {
                html.append("<p class=\"cost\">").append(escape(text(reader, "analysis.costOf", locale.locale(),
                        money(locale.cost(), reader)))).append("</p>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table's column headings (message keys). */
    public static List<String> headings(boolean withCosts) {
        List<String> headings = new ArrayList<>(List.of("analysis.band", "analysis.segments", "analysis.words",
                "analysis.share"));
        if (withCosts) {
            headings.addAll(List.of("analysis.percent", "analysis.weighted"));
        }
        return headings;
    }

    private String text(Locale reader, String key, Object... params) {
        return messages.getTranslation(key, reader, params);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: "Noto Sans", system-ui, sans-serif; margin: 2em; color: #1a1a1a; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
            .meta { color: #555; margin: .2em 0; }
            table { border-collapse: collapse; min-width: 36em; }
            th, td { padding: .3em .8em; border-bottom: 1px solid #ddd; text-align: right; }
            th[scope=row], thead th:first-child, thead th.bar { text-align: left; }
            td.bar { width: 12em; }
            td.bar span { display: block; height: .8em; background: #1676f3; border-radius: 2px; min-width: 1px; }
            tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #999; }
            .cost { font-size: 1.1em; font-weight: bold; }
            """;
}
