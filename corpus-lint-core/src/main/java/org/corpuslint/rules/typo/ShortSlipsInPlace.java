package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;

/**
 * A three-letter non-word is too often an abbreviation or slang to be judged on its letters
 * alone; where a determiner, a modal or an article beside it says which part of speech stands
 * there ({@link NeighbourSlot}), the readings that cannot stand there drop out ({@code the four
 * hom nations}: home, not him or how), and a plain slip of the keys (a letter left out, a
 * doubled letter lost, two letters swapped) on a frequent word the corpus uses, leading the
 * other readings that fit, is the word meant.
 */
final class ShortSlipsInPlace {

    private final Lexicon lexicon;
    private final TypoThresholds t;

    ShortSlipsInPlace(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /**
     * The reading of {@code word} (at {@code start}..{@code end} of {@code text}) its place
     * decides, from {@code ranked} readings with their {@code scores}, likeliest first.
     */
    Optional<Candidate> readingItsPlaceDecides(String text, int start, int end, String word,
            List<Candidate> ranked, List<Double> scores) {
        Optional<NeighbourSlot> slot = NeighbourSlot.of(text, start, end);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        int first = -1;
        for (int k = 0; k < ranked.size(); k++) {
            if (!slot.get().fits(ranked.get(k).word())) {
                continue;
            }
            if (first < 0) {
                first = k;
            } else {
                if (scores.get(first) - scores.get(k) < t.confidentMargin()) {
                    return Optional.empty(); // two readings fit the place: it decides nothing
                }
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        Candidate c = ranked.get(first);
        boolean plainSlip = c.distance() == 1 && (c.kind() == EditDistance.Kind.OMISSION
                || c.kind() == EditDistance.Kind.DOUBLING
                || c.kind() == EditDistance.Kind.TRANSPOSITION);
        boolean frequent = lexicon.frequency(c.word()) >= t.placedSlipFrequency()
                && c.corpusOccurrences() >= t.commonInCorpus();
        return plainSlip && frequent && c.word().charAt(0) == word.charAt(0)
                && WordForm.isLowerCase(c.word()) ? Optional.of(c) : Optional.empty();
    }
}
