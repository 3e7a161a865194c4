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

    /** Whether {@link #split} would put a space anywhere: the same test, building nothing. */
    static boolean has(String line) {
        return nextJoin(line, 0) >= 0;
    }

    /** The line with a space put at every join. */
    static String split(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int copied = 0;
        for (int join = nextJoin(line, 0); join >= 0; join = nextJoin(line, join + 1)) {
            out.append(line, copied, join).append(' ');
            copied = join;
        }
        return out.append(line, copied, line.length()).toString();
    }

    /**
     * The first join at or after {@code from}, or -1: the offset of a capital that starts a
     * lower-case word right after a capitalised word of {@value #MIN_LOWER_RUN} or more
     * lower-case letters. A join's capital ends the run before it, so the scan may start there.
     */
    private static int nextJoin(String line, int from) {
        int lower = 0;
        boolean capitalised = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                capitalised |= lower == 0 && i > 0 && Character.isUpperCase(line.charAt(i - 1));
                lower++;
            } else {
                if (Character.isUpperCase(c) && lower >= MIN_LOWER_RUN && capitalised
                        && i + 1 < line.length() && Character.isLowerCase(line.charAt(i + 1))) {
                    return i;
                }
                lower = 0;
                capitalised = false;
            }
        }
        return -1;
    }
}
