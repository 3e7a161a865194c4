package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Set;

/**
 * English closed-class words. They say nothing about which of two names was meant when they
 * stand next to it, and they are what run-on words usually swallow ({@code thefirst}).
 */
final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any",
            "are", "as", "at", "be", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from",
            "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how", "i", "if",
            "in", "into", "is", "it", "its", "may", "me", "might", "more", "most", "must", "my",
            "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "out",
            "over", "said", "says", "shall", "she", "should", "so", "some", "such", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will",
            "with", "would", "you", "your");

    private FunctionWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
