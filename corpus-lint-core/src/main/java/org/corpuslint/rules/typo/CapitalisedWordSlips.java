package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * {@code his Counvil}, {@code the Welsh Asesmbly}, {@code the Talentt show}: a common word
 * the corpus itself writes with a capital (a body, an office, a title, a month) slipped on the
 * keys, standing where no person's name does. Unknown real names are the risk here, so the
 * evidence is combined: the written form is used once and on no name list, the slip is one a
 * typist makes and a name's spelling does not (two letters swapped, a key struck three times, a
 * neighbouring key, a letter left out of a word the corpus capitalises often), the first letter is kept, and the word
 * meant is common English that the corpus also capitalises. A full name of a person around it
 * asks for a swap or a doubling, which no spelling of a name makes.
 */
final class CapitalisedWordSlips {

    private final Lexicon lexicon;
    private final TypoThresholds t;

    CapitalisedWordSlips(Lexicon lexicon, TypoThresholds thresholds) {
        this.lexicon = lexicon;
        this.t = thresholds;
    }

    /**
     * The capitalised common word {@code word} slips from, or null.
     *
     * @param besidePerson a neighbour can be part of a person's name
     */
    Candidate slipOf(String word, long written, boolean besidePerson, boolean titleCase) {
        if (titleCase || written > 1 || word.length() < t.minCapitalisedSlipLength()
                || !WordForm.isLowerCase(word.substring(1)) || lexicon.isPersonalName(word)
                || familyPlural(word)) {
            return null;
        }
        Candidate best = null;
        for (Candidate c : lexicon.candidates(word, false)) {
            if (fits(word, c, besidePerson)
                    && (best == null || c.corpusOccurrences() > best.corpusOccurrences())) {
                best = c;
            }
        }
        return best;
    }

    private boolean fits(String word, Candidate c, boolean besidePerson) {
        String meant = c.word();
        if (!c.known() || c.distance() != 1 || !WordForm.isCapitalized(meant)
                || WordForm.isAllCaps(meant)
                || Character.toLowerCase(word.charAt(0)) != Character.toLowerCase(meant.charAt(0))) {
            return false;
        }
        String lower = meant.toLowerCase(Locale.ROOT);
        if (!lexicon.isKnown(lower)) {
            return false;
        }
        long lowerUses = lexicon.corpus().occurrences(lower);
        // A given name or surname is meant only where its common reading is the commoner one
        // (Peter, to peter out, is the name); a letter left out of any other word the corpus
        // capitalises often is a slip however rare the word is in lower case (a month).
        boolean common = lexicon.frequency(lower) >= t.commonFrequency();
        if (c.kind() == EditDistance.Kind.OMISSION ? !common && lexicon.isPersonalName(meant)
                : !common) {
            return false;
        }
        return switch (c.kind()) {
            // Two letters swapped: no spelling of a name does that to a common word.
            case TRANSPOSITION -> c.corpusOccurrences() >= t.capitalisedWordUses()
                    || lowerUses >= t.commonInCorpus();
            // A letter doubled or a double lost is how names vary (Phillip, Mann); only
            // a key struck twice where no name doubles it (Streeets) is a slip.
            case DOUBLING -> word.length() > meant.length()
                    && NameSlipShapes.doubledUnlikeAName(word.toLowerCase(Locale.ROOT))
                    && c.corpusOccurrences() >= t.capitalisedWordUses();
            // A neighbouring key reads as a name more easily: not inside a person's name, and
            // on a longer word.
            case NEIGHBOUR_KEY -> !besidePerson && word.length() > t.minCapitalisedSlipLength()
                    && c.corpusOccurrences() >= t.capitalisedWordUses();
            // A letter left out inside the word (a cut at the end is another form of a name),
            // of a word the corpus capitalises often, however rare in lower case (a month).
            // A word of every text (around, against) needs only to be one the corpus
            // capitalises: no name is such a word less one letter.
            case OMISSION -> !besidePerson && !Lexicon.extension(word, meant)
                    && (c.corpusOccurrences() >= t.commonInCorpus()
                            || (lexicon.frequency(lower) >= t.everydayFrequency()
                                    && c.corpusOccurrences() >= t.capitalisedWordUses()));
            default -> false;
        };
    }

    /** {@code the Kellers} in a corpus that writes {@code Keller}: the plural of a name. */
    private boolean familyPlural(String word) {
        return word.endsWith("s")
                && lexicon.corpus().occurrences(word.substring(0, word.length() - 1)) > 0;
    }
}
