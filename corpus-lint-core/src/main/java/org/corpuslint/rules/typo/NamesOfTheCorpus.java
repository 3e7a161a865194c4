package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * Whether a candidate is a name, by the dictionary or by how the corpus writes it: a word the
 * corpus writes with a capital far more often than without ({@code Japan}, {@code Wales}) is a
 * name though the dictionary has it in lower case.
 */
final class NamesOfTheCorpus {

    private final Lexicon lexicon;
    private final TypoThresholds t;

    NamesOfTheCorpus(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /** A name the dictionary or the corpus knows, or a word only the corpus uses. */
    boolean isName(Candidate c) {
        return lexicon.isKnownName(c.word()) || corpusName(c.word()) || !c.known();
    }

    /** The corpus writes it with a capital far more often than without: a name (Japan, Wales). */
    boolean corpusName(String word) {
        long capitalised = lexicon.corpus().occurrences(word);
        long lower = lexicon.corpus().occurrences(word.toLowerCase(Locale.ROOT));
        return WordForm.isCapitalized(word) && capitalised >= t.nameOverWord() * Math.max(1, lower);
    }
}
