package org.corpuslint.rules.boilerplate;

/**
 * Link texts that a scraper joined without a space ({@code SubscribeSign In}, {@code Privacy
 * PolicyTerms of Use}): a word of at least {@value #MIN_LOWER_RUN} lower-case letters runs into
 * a capital. Brand names with an inner capital have shorter parts ({@code YouTube},
 * {@code WhatsApp}, {@code PlayStation}), so they are left whole.
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
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else {
                if (Character.isUpperCase(c) && lower >= MIN_LOWER_RUN) {
                    out.append(' ');
                }
                lower = 0;
            }
            out.append(c);
        }
        return out.toString();
    }
}
