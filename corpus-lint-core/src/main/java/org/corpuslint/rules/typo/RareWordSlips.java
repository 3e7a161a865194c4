package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.EvidenceLog;
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
        // The cheap tests first: a word of the corpus's table, its neighbours, hash look-ups;
        // the dictionary's frequency classes only for the few words left.
        if (word.length() < 3 || !plainLowerCase(word) || writtenAgain(doc, i, word)) {
            return Optional.empty();
        }
        return commonWordMeant(doc, i, word);
    }

    /**
     * The rest of {@link #find}, for the one word in some seventy that the corpus writes once.
     * Kept whole in one method: the JIT inlines a method called this often into {@code find}
     * only while it is short (under 325 bytes of bytecode), and inlined, its search of the
     * common words was compiled again with every known word's test, for a quarter of a
     * second of the compiler's time in a run of a thousand articles.
     */
    private Optional<TypoFinding> commonWordMeant(DocumentWords doc, int i, String word) {
        NeighbourPairs.Neighbours around = NeighbourPairs.of(doc, i);
        if (around.left() == null || around.right() == null) {
            return Optional.empty();
        }
        List<String> besideBoth = new ArrayList<>();
        for (String common : lexicon.commonWordsOneKeySlipFrom(word)) {
            if (innerSlip(word, common) && common.charAt(0) == word.charAt(0)
                    && neighbourPairs.count(around.left(), common) > 0
                    && neighbourPairs.count(common, around.right()) > 0) {
                besideBoth.add(common);
            }
        }
        if (besideBoth.isEmpty() || lexicon.frequency(word) >= t.commonFrequency()) {
            return Optional.empty();
        }
        List<Candidate> readings = new ArrayList<>();
        // The written word first: a reading must outweigh it as much as any other.
        readings.add(new Candidate(word, lexicon.corpus().occurrences(word), true, 0,
                EditDistance.Kind.OTHER));
        for (String common : besideBoth) {
            if (lexicon.frequency(common) >= t.commonFrequency()) {
                readings.add(new Candidate(common, lexicon.corpus().occurrences(common), true, 1,
                        EditDistance.kind(word, common)));
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

    /**
     * Whether the corpus writes {@code word} more than once: read by the token's record in the
     * corpus's table (found for the whole document at once), not looked up again per token.
     */
    private boolean writtenAgain(DocumentWords doc, int i, String word) {
        int record = doc.record(i);
        if (record < 0) {
            return lexicon.corpus().occurrences(word) > 1;
        }
        long uses = lexicon.corpus().table().occurrences(record);
        EvidenceLog.note(CorpusWords.OCCURRENCES, word, uses); // as CorpusWords would
        return uses > 1;
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
