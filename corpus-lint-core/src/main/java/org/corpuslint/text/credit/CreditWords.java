package org.corpuslint.text.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How the text of a credit is cut into words. */
final class CreditWords {

    /** Separators between the parts of a credit: {@code Name / TASS, Pool; AP | Reuters}. */
    private static final Pattern PART_SEPARATORS = Pattern.compile("[\\s/,;|&()\\[\\]]+");
    /** Inside a word, for matching agency names: {@code RIA_Kremlinpool}, {@code EPA-EFE}. */
    private static final Pattern INNER_SEPARATORS = Pattern.compile("[_\\-\u2010\u2013]+");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\"'“”‘’«».:]+|[\"'“”‘’«».:]+$");

    private CreditWords() {}

    /** The words of {@code text}, separators and quotes removed; a domain stays one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : PART_SEPARATORS.split(text)) {
            String word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) { // not a lone dash
                words.add(word);
            }
        }
        return words;
    }

    /** The sub-words of {@code word} used to look up agency names. */
    static String[] innerWords(String word) {
        return INNER_SEPARATORS.split(word);
    }

    /** An agency name as a sequence of sub-words. */
    static String[] agencyKey(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : words(name)) {
            for (String inner : innerWords(word)) {
                if (!inner.isEmpty()) {
                    parts.add(inner);
                }
            }
        }
        return parts.toArray(String[]::new);
    }
}
