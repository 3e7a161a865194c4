package org.corpuslint.rules.typo;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.profile.EvidenceLog;

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
        // Most letters moved spell no word of the article or the corpus, which the tables say
        // at once, where the dictionary's answer costs a walk of both automata: asked first
        // unless the evidence read is being recorded, which must see the answers in order.
        boolean usesFirst = !EvidenceLog.recording();
        // The first letter stays: slips rarely touch it.
        for (int from = 1; from < n; from++) {
            String rest = word.substring(0, from) + word.substring(from + 1);
            for (int to = 1; to < n; to++) {
                if (Math.abs(to - from) < 2) {
                    continue; // in place, or a swap of neighbours: one edit, judged elsewhere
                }
                String meant = rest.substring(0, to) + word.charAt(from) + rest.substring(to);
                if (!meant.equals(word) && (!usesFirst || used(meant, doc, lexicon, t))
                        && lexicon.isKnown(meant)
                        && (doc.count(meant) > 0
                                || lexicon.corpus().occurrences(meant) >= t.movedLetterUses())) {
                    found.add(meant);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The test on uses below, read from the tables without recording the counts read. */
    private static boolean used(String meant, DocumentWords doc, Lexicon lexicon,
            TypoThresholds t) {
        if (doc.count(meant) > 0) {
            return true;
        }
        WordTable table = lexicon.corpus().table();
        int record = table.find(meant);
        return (record < 0 ? 0 : table.occurrences(record)) >= t.movedLetterUses();
    }
}
