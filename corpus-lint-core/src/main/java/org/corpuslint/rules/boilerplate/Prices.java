package org.corpuslint.rules.boilerplate;

import java.util.regex.Pattern;

/**
 * Prices, the evidence that a list is the story's own offers rather than page chrome: a shop
 * or deals article lists products with their prices ({@code $139.00} on a line of its own under
 * the product's name, {@code Get it at Example Store for $49}); a box of links to other stories
 * and a site's own shop button carry none.
 */
final class Prices {

    private static final Pattern PRICE =
            Pattern.compile("(?i)[$£€¥]\\s?\\d|\\d\\s?(?:€|usd|eur|gbp)\\b");

    /**
     * A price alone on its line, perhaps with a short label or unit: {@code $139.00},
     * {@code Now £24.99}, {@code Price: €1,299}, {@code $4.99/mo}, {@code 49 EUR}.
     */
    private static final Pattern PRICE_TAG = Pattern.compile("(?iu)\\s*(?:(?:was|now|from|only"
            + "|just|price|sale|deal|our\\s+price|list\\s+price)\\s*:?\\s*)?"
            + "(?:[$£€¥]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:€|usd|eur|gbp))"
            + "\\s*(?:/\\s*(?:mo|month|yr|year)|(?:a|per)\\s+(?:month|year)|each)?\\s*");

    private static final int MAX_TAG_LENGTH = 40;

    private Prices() {}

    /** The line mentions a price somewhere. */
    static boolean mentioned(String line) {
        return hasMoneySign(line) && PRICE.matcher(line).find();
    }

    /** The line is a price and nothing more than its label or unit. */
    static boolean isTag(String line) {
        return line.length() <= MAX_TAG_LENGTH && hasMoneySign(line)
                && PRICE_TAG.matcher(line).matches();
    }

    /** A cheap test before the patterns: a currency sign, or a digit before a currency code. */
    private static boolean hasMoneySign(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '$' || c == '£' || c == '€' || c == '¥' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
