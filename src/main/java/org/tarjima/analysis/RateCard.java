package org.tarjima.analysis;

import org.tarjima.base.UserInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a vendor is paid: a price per new word in a currency (ISO 4217) and, per match band and for repetitions, the
 * share of that price a word costs, in percent.
 *
 * @param projectId the project the card belongs to; null for the global default
 */
public record RateCard(Long projectId, BigDecimal pricePerWord, String currency, Map<MatchBand, Integer> percent,
                       int repetitionsPercent) {

    /** Highest price per word we store (numeric(12,4)). */
    public static final BigDecimal MAX_PRICE = new BigDecimal("99999999.9999");

    /**
     * The defaults when neither the project nor the global card says otherwise: usual industry weights (a context
     * match is checked, not translated: 10 %; an exact match still needs a look in its new place: 30 %; high fuzzy
     * 60 %; anything below 85 % is as much work as a new sentence). The price is a placeholder for the manager to set.
     */
    public static RateCard defaults(Long projectId) {
        Map<MatchBand, Integer> percent = new EnumMap<>(MatchBand.class);
        percent.put(MatchBand.CONTEXT, 10);
        percent.put(MatchBand.EXACT, 30);
        percent.put(MatchBand.FUZZY_95_99, 60);
        percent.put(MatchBand.FUZZY_85_94, 60);
        percent.put(MatchBand.FUZZY_75_84, 100);
        percent.put(MatchBand.FUZZY_50_74, 100);
        percent.put(MatchBand.NONE, 100);
        return new RateCard(projectId, new BigDecimal("0.10"), "USD", percent, 30);
    }

    /**
     * @throws IllegalArgumentException for a negative or too high price, a currency that is not ISO 4217, a missing
     *                                  band or a percentage outside 0–100
     */
    public RateCard {
        if (pricePerWord == null || pricePerWord.signum() < 0 || pricePerWord.compareTo(MAX_PRICE) > 0
                || pricePerWord.stripTrailingZeros().scale() > 4) {
            throw new UserInputException("rateCard.error.price", "The price per word is a number from 0 to "
                    + MAX_PRICE.toPlainString() + " with at most 4 decimals", MAX_PRICE.toPlainString());
        }
        try {
            currency = Currency.getInstance(currency == null ? "" : currency.trim().toUpperCase(java.util.Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new UserInputException("rateCard.error.currency",
                    "'" + currency + "' is not an ISO 4217 currency code such as USD, EUR or KZT", String.valueOf(currency));
        }
        if (percent == null || percent.size() != MatchBand.values().length || percent.containsValue(null)) {
            throw new UserInputException("rateCard.error.bands", "A rate card gives a percentage for every band: 101, "
                    + "100, 95-99, 85-94, 75-84, 50-74 and none");
        }
        percent.values().forEach(RateCard::checkPercent);
        checkPercent(repetitionsPercent);
        percent = Collections.unmodifiableMap(new EnumMap<>(percent));
        pricePerWord = pricePerWord.stripTrailingZeros().scale() < 2 ? pricePerWord.setScale(2, RoundingMode.UNNECESSARY)
                : pricePerWord.stripTrailingZeros();
    }

    private static void checkPercent(Integer value) {
        if (value == null || value < 0 || value > 100) {
            throw new UserInputException("rateCard.error.percent", "A band's percentage is from 0 to 100, not " + value,
                    String.valueOf(value));
        }
    }

    /** The card as another project's (or the global one). */
    RateCard forProject(Long project) {
        return new RateCard(project, pricePerWord, currency, percent, repetitionsPercent);
    }

    /** Words weighted by the card: each band's words times its percentage, repetitions too; work done costs nothing. */
    BigDecimal weigh(Map<MatchBand, Counts> bands, Counts repetitions) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<MatchBand, Counts> band : bands.entrySet()) {
            total = total.add(weigh(band.getValue().words(), percent.get(band.getKey())));
        }
        return total.add(weigh(repetitions.words(), repetitionsPercent)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal weigh(int words, int percent) {
        return BigDecimal.valueOf((long) words * percent).movePointLeft(2);
    }

    /** The price of weighted words, rounded half up to the currency's minor unit (cents; none for JPY). */
    BigDecimal cost(BigDecimal weightedWords) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return weightedWords.multiply(pricePerWord).setScale(digits, RoundingMode.HALF_UP);
    }
}
