package org.corpuslint.text.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpuslint.text.Token;

/**
 * A quick answer before the identifier: a paragraph in which at least a fifth of the words
 * (and at least three) are among the commonest function words of the corpus language is in that
 * language, and the identifier (about half a millisecond a paragraph) need not be asked. Other
 * languages' paragraphs stay far below that share; on news-dev 93% of the paragraphs are
 * answered this way. Only languages with a list here get the shortcut; for the others every
 * paragraph goes to the identifier. The words are chosen to be rare in the other languages
 * written in Latin letters: no {@code a}, {@code in}, {@code is}, {@code on}.
 */
final class FunctionWords {

    private static final Map<String, Set<String>> WORDS = Map.of("en", Set.of("the", "of", "and",
            "to", "that", "for", "with", "was", "were", "this", "which", "from", "have", "has",
            "had", "been", "would", "will", "said", "his", "her", "their", "they", "it", "its",
            "be", "are", "not", "but", "by", "at", "as", "or", "who", "he", "she", "we", "there",
            "than", "more", "about", "after", "also", "when", "into", "could", "over", "should",
            "can", "our", "you", "what", "all", "one", "new"));

    /**
     * The longest word listed: a longer token cannot be one, since lower-casing never shortens a
     * string, so it is not lower-cased (every paragraph of every document comes here).
     */
    private static final int LONGEST = WORDS.values().stream().flatMap(Set::stream)
            .mapToInt(String::length).max().orElse(0);

    private static final double SHARE = 0.2;
    private static final int AT_LEAST = 3;

    private FunctionWords() {}

    /** Whether the paragraph's words show plainly that it is in {@code language}. */
    static boolean plainlyIn(String language, List<Token> tokens) {
        Set<String> words = WORDS.get(language);
        if (words == null || tokens.isEmpty()) {
            return false;
        }
        int hits = 0;
        for (Token token : tokens) {
            String text = token.text();
            if (text.length() <= LONGEST && words.contains(text.toLowerCase(Locale.ROOT))) {
                hits++;
            }
        }
        return hits >= AT_LEAST && hits >= SHARE * tokens.size();
    }
}
