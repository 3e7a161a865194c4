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

    static boolean is(String inner) {
        String[] words = inner.strip().split("\\s+");
        if (words.length == 0 || words.length > MAX_WORDS || words[0].isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            char first = words[i].charAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (!capital && (i == 0 || !SMALL_WORDS.contains(words[i]))) {
                return false;
            }
        }
        return true;
    }
}
