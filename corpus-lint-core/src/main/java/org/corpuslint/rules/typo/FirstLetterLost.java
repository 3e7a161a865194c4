package org.corpuslint.rules.typo;

import java.util.Optional;

/**
 * {@code ymbols} for symbols: a word that lost its first letter (a key not struck at the start,
 * a letter cut off with the word before). Other readings of a slip keep the first letter, since
 * slips rarely touch it ({@link LowerCaseSlips}), so this one is looked for apart: a long word
 * that becomes a frequent dictionary word with one letter put before it, and with only one such
 * letter. Technical and foreign words rarely make a frequent English word that way.
 */
final class FirstLetterLost {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private FirstLetterLost() {}

    /**
     * The frequent dictionary word (LanguageTool's common frequency classes) that lower-case
     * {@code word}, {@code minUnsuggestedLength} letters or more, is with its first letter
     * lost, when one letter alone makes one.
     */
    static Optional<String> reading(String word, Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minUnsuggestedLength()) {
            return Optional.empty();
        }
        String found = null;
        for (int k = 0; k < LETTERS.length(); k++) {
            String whole = LETTERS.charAt(k) + word;
            if (lexicon.isKnown(whole) && !lexicon.isRejected(whole)
                    && lexicon.frequency(whole) >= t.commonFrequency()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = whole;
            }
        }
        return Optional.ofNullable(found);
    }
}
