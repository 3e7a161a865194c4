package org.corpuslint.rules.boilerplate;

import java.util.Set;

/**
 * The text between two quotation marks is a title ({@code Harbour Life}, {@code The Tide and
 * the Town}): one to {@value #MAX_WORDS} words, each starting with a capital or a digit but for
 * the small words of a title. Speech has lower-case words, or runs longer.
 */
final class QuotedTitle {

    static final int MAX_WORDS = 6;

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of",
            "in", "on", "at", "to", "for", "by", "with", "from");

    private QuotedTitle() {}

    /**
     * Whether {@code inner} is such a title: its words are what {@code strip().split("\\s+")}
     * gives, read in one scan that stops at the first word that is too many or not
     * capitalised, since quoted speech (most quotes) runs long.
     */
    static boolean is(String inner) {
        String text = inner.strip();
        int n = text.length();
        if (n == 0) {
            return false;
        }
        int words = 0;
        int i = 0;
        while (i < n) { // stripped: a word starts here, and no run of spaces ends the text
            int start = i;
            while (i < n && !isPatternSpace(text.charAt(i))) {
                i++;
            }
            if (++words > MAX_WORDS) {
                return false;
            }
            char first = text.charAt(start);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (!capital && (words == 1 || !SMALL_WORDS.contains(text.substring(start, i)))) {
                return false;
            }
            while (i < n && isPatternSpace(text.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    /** {@code \s} of a pattern without the Unicode flag. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
