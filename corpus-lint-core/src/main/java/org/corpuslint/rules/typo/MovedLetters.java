package org.corpuslint.rules.typo;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code keybroad} for {@code keyboard}: a letter typed two or more places too early or too
 * late, which reads as no word, or as a compound of two words that mean nothing together. Two
 * letters swapped side by side are one edit and judged with the other slips; a letter moved
 * further is two edits, too far for the dictionary's neighbours, so the reading must be a word
 * the article or the corpus uses, and the only such one.
 */
final class MovedLetters {

    private MovedLetters() {
    }

    /** The one word the article or corpus uses that {@code word} is with one letter moved. */
    static Optional<String> reading(String word, DocumentWords doc, Lexicon lexicon,
            TypoThresholds t) {
        int n = word.length();
        if (n < t.minMovedLetterLength() || WordForm.tooLong(word)) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        // The first letter stays: slips rarely touch it.
        for (int from = 1; from < n; from++) {
            String rest = word.substring(0, from) + word.substring(from + 1);
            for (int to = 1; to < n; to++) {
                if (Math.abs(to - from) < 2) {
                    continue; // in place, or a swap of neighbours: one edit, judged elsewhere
                }
                String meant = rest.substring(0, to) + word.charAt(from) + rest.substring(to);
                if (!meant.equals(word) && lexicon.isKnown(meant)
                        && (doc.count(meant) > 0
                                || lexicon.corpus().occurrences(meant) >= t.movedLetterUses())) {
                    found.add(meant);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
