package org.corpuslint.rules.boilerplate;

/**
 * Link texts that a scraper joined without a space ({@code SubscribeSign In}, {@code Privacy
 * PolicyTerms of Use}): a capitalised word of at least {@value #MIN_LOWER_RUN} lower-case
 * letters runs into another capitalised word. Brand names with an inner capital have shorter
 * parts ({@code YouTube}, {@code WhatsApp}, {@code PlayStation}), start in lower case or end in
 * capitals ({@code watchOS}, {@code eBay}), so they are left whole.
 */
final class GluedLinks {

    static final int MIN_LOWER_RUN = 5;

    private GluedLinks() {}

    static boolean has(String line) {
        // split only ever inserts spaces, so a longer line means a join was found.
        return split(line).length() != line.length();
    }

    /** The line with a space put at every join. */
    static String split(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int lower = 0;
        boolean capitalised = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                capitalised |= lower == 0 && i > 0 && Character.isUpperCase(line.charAt(i - 1));
                lower++;
            } else {
                if (Character.isUpperCase(c) && lower >= MIN_LOWER_RUN && capitalised
                        && i + 1 < line.length() && Character.isLowerCase(line.charAt(i + 1))) {
                    out.append(' ');
                }
                lower = 0;
                capitalised = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
