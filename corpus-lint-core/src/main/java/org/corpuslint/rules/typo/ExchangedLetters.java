package org.corpuslint.rules.typo;

import java.util.Optional;

/**
 * {@code nimute} for minute: two letters that changed places across one or two others, the
 * first letter included (the writer's hand or ear put the m's sound where the n's was). Two
 * letters side by side swapped are one edit and judged with the other slips, and one letter
 * moved alone is {@link MovedLetters}'; an exchange across a letter is two edits, too far for
 * the dictionary's neighbours, so the reading must be a frequent word (LanguageTool's common
 * frequency classes) and the only one an exchange makes. Real words the dictionary lacks rarely
 * make a frequent word so: one in a thousand of the words of English word lists it lacks does
 * (pintos, piston).
 */
final class ExchangedLetters {

    /** How far apart the two letters may stand: across one letter or two. */
    private static final int MAX_SPAN = 3;

    private ExchangedLetters() {}

    /** The one frequent word lower-case {@code word} is with two letters exchanged. */
    static Optional<String> reading(String word, Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minUnsuggestedLength()) {
            return Optional.empty();
        }
        String found = null;
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            for (int j = i + 2; j <= i + MAX_SPAN && j < letters.length; j++) {
                if (letters[i] == letters[j]) {
                    continue;
                }
                char[] exchanged = letters.clone();
                exchanged[i] = letters[j];
                exchanged[j] = letters[i];
                String meant = new String(exchanged);
                if (lexicon.isKnown(meant) && !lexicon.isRejected(meant)
                        && lexicon.frequency(meant) >= t.commonFrequency()) {
                    if (found != null && !found.equals(meant)) {
                        return Optional.empty();
                    }
                    found = meant;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
