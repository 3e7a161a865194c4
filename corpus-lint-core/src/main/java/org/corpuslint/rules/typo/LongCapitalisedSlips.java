package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * {@code British and Commonweaith authors}, {@code in Sephember}, {@code "Obvlously}: a long
 * capitalised word one edit from a word of English the corpus itself writes with a capital.
 * Long words have few neighbours: a real name of eight letters or more is seldom one letter
 * from a common word, so any one edit (not only a slip of the keys) that keeps the first letter
 * reads as a typo, where the form is written once and is on no name list and the corpus has
 * exactly one such reading. A cut or added last letter is how names are formed from words
 * ({@code Nationale}), and a vowel for a vowel is another spelling of the same sound
 * ({@code Islamaphobia}): both are left alone. Seven letters were tried and read real names
 * and brands ({@code Parente}, {@code Telekom}); see docs/evaluation/typo.md.
 */
final class LongCapitalisedSlips {

    private final Lexicon lexicon;
    private final TypoThresholds t;

    LongCapitalisedSlips(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /** The one capitalised word of English {@code word} is an edit of, or null. */
    Candidate slipOf(String word, long written) {
        if (written > 1 || word.length() < t.longName()
                || !WordForm.isLowerCase(word.substring(1)) || lexicon.isPersonalName(word)) {
            return null;
        }
        Candidate reading = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            if (!fits(word, c)) {
                continue;
            }
            if (reading != null) {
                return null; // two readings: the word may be a third thing, a name
            }
            reading = c;
        }
        return reading;
    }

    private boolean fits(String word, Candidate c) {
        String meant = c.word();
        if (!c.known() || c.distance() != 1 || !WordForm.isCapitalized(meant)
                || WordForm.isAllCaps(meant) || NameSlipShapes.firstLetterEdit(word, meant)
                || Lexicon.extension(word, meant)
                || c.corpusOccurrences() < t.capitalisedWordUses()) {
            return false;
        }
        if (NameSlipShapes.vowelForVowel(word, meant)) {
            return false; // another spelling of the same sound (Islamaphobia, Endacott)
        }
        // A month or a day is English, though known only with a capital and on the given-name
        // lists (September).
        if (NamesOfDates.isMonth(meant) || NamesOfDates.isDay(meant)) {
            return true;
        }
        // A common word, or one that is also a surname where the common reading is the common
        // one (Telegraph).
        String lower = meant.toLowerCase(Locale.ROOT);
        if (lexicon.isKnown(lower)) {
            return !lexicon.isPersonalName(meant)
                    || lexicon.frequency(lower) >= t.commonFrequency();
        }
        // A place or people the dictionary knows (Ethiopian): a vowel lost or added in it
        // reads as another name (Macqueen, McQueen).
        return lexicon.isKnownName(meant) && !lexicon.isPersonalName(meant)
                && !NameSlipShapes.pronounceableVowelSlip(word, meant);
    }
}
