package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.text.Token;

/**
 * A rare dictionary word standing where a common word one plain slip of the keys away fits
 * the words beside it far better ({@code the foll legal opinion}: full; {@code narrowing fas,}
 * is no case, a comma parts it). The dictionary knows the written word, so only the corpus's
 * pairs of adjacent words ({@link NeighbourPairs}) can tell: the corpus never writes the word
 * beside either neighbour, and writes the common word beside both.
 *
 * <p>Kept narrow, as every real word checked is a chance of a false alarm: the word is rare in
 * the language (below {@code commonFrequency}) and written once in the corpus; the reading is
 * a common word of the corpus ({@code commonInCorpus} uses, a {@code commonFrequency} word)
 * one letter left out, doubled or two letters swapped away, inside the word (not at its end,
 * where forms of one word differ) and not on the first letter; and it
 * stands out among every such reading as {@link NeighbourPairs#supported} asks. A warning: a
 * real word may be meant.
 */
final class RareWordSlips {

    private final Lexicon lexicon;
    private final NeighbourPairs neighbourPairs;
    private final TypoThresholds t;

    RareWordSlips(Lexicon lexicon, NeighbourPairs neighbourPairs, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.neighbourPairs = neighbourPairs;
        this.t = thresholds;
    }

    /** The common word meant by the known word at token {@code i} of {@code doc}, if any. */
    Optional<TypoFinding> find(DocumentWords doc, int i) {
        String word = doc.base(i);
        if (word.length() < 3 || !plainLowerCase(word)
                || lexicon.frequency(word) >= t.commonFrequency()
                || lexicon.corpus().occurrences(word) > 1) {
            return Optional.empty();
        }
        NeighbourPairs.Neighbours around = NeighbourPairs.of(doc, i);
        if (around.left() == null || around.right() == null) {
            return Optional.empty();
        }
        List<Candidate> readings = new ArrayList<>();
        // The written word first: a reading must outweigh it as much as any other.
        readings.add(new Candidate(word, lexicon.corpus().occurrences(word), true, 0,
                EditDistance.Kind.OTHER));
        for (Candidate c : lexicon.candidates(word, true)) {
            if (plainSlip(c) && innerSlip(word, c.word()) && c.known()
                    && WordForm.isLowerCase(c.word())
                    && c.word().charAt(0) == word.charAt(0)
                    && c.corpusOccurrences() >= t.commonInCorpus()
                    && lexicon.frequency(c.word()) >= t.commonFrequency()) {
                readings.add(c);
            }
        }
        if (readings.size() < 2) {
            return Optional.empty();
        }
        Optional<Candidate> meant = neighbourPairs.supportedOverTheWritten(around, readings);
        if (meant.isEmpty()) {
            return Optional.empty();
        }
        Token token = doc.tokens().get(i);
        String fix = meant.get().word();
        return Optional.of(new TypoFinding(token.start(), token.start() + word.length(),
                Severity.WARNING, "'" + word + "' is a rare word; did you mean '" + fix
                        + "'? (the corpus writes '" + around.left() + " " + fix + "' and '"
                        + fix + " " + around.right() + "', never '" + word + "' beside them)",
                fix, false, TypoEvidence.of(TypoEvidence.Kind.WORD,
                        meant.get().corpusOccurrences(), 1)));
    }

    /** A letter left out, doubled, or two letters swapped: the commonest slips of the keys. */
    private static boolean plainSlip(Candidate c) {
        return c.distance() == 1 && (c.kind() == EditDistance.Kind.OMISSION
                || c.kind() == EditDistance.Kind.DOUBLING
                || c.kind() == EditDistance.Kind.TRANSPOSITION);
    }

    /**
     * Not a letter added or cut at the end: that is how a word's own forms differ
     * ({@code allegation}, {@code allegations}; {@code stat}, {@code state}), a choice of the
     * writer rather than a slip.
     */
    private static boolean innerSlip(String written, String meant) {
        return !meant.startsWith(written) && !written.startsWith(meant);
    }

    private static boolean plainLowerCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
