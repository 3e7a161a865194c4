package org.corpuslint.rules.typo;

/**
 * A lower-case word among other words no dictionary knows is part of something that is not
 * English prose: a phrase in another language, a Latin binomial ({@code Yersinia pestis}),
 * text-speak in a quoted message, dialect in a lyric. A slip is one wrong word among right ones.
 */
final class NonWordRuns {

    /** How many tokens either side are looked at. */
    private static final int WINDOW = 3;
    /** How many other non-words there make a run: two slips may well share a sentence. */
    private static final int OTHERS = 2;

    private NonWordRuns() {}

    static boolean among(DocumentWords doc, int i, Lexicon lexicon) {
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(doc.tokens().size() - 1, i + WINDOW);
        int others = 0;
        for (int k = from; k <= to; k++) {
            if (k != i && nonWord(doc.base(k), lexicon) && ++others >= OTHERS) {
                return true;
            }
        }
        // A capitalised unknown word right before it names a genus or a foreign name's head.
        String left = doc.neighbour(i, -1);
        return left != null && WordForm.isCapitalized(left) && !WordForm.isAllCaps(left)
                && left.length() > 2 && !lexicon.isKnown(left) && !WordForm.hasDigit(left)
                && lexicon.corpus().occurrences(left) < 3;
    }

    /**
     * True when another lower-case word no dictionary knows stands within the window, slip or
     * not: a short word the dictionary lacks ({@link ShortMisspellings}) beside another is
     * text-speak or a foreign phrase ({@code feng shui}) more often than a slip, where a longer
     * one needs a run of words that are no slips to say so.
     */
    static boolean besideAnother(DocumentWords doc, int i, Lexicon lexicon) {
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(doc.tokens().size() - 1, i + WINDOW);
        for (int k = from; k <= to; k++) {
            if (k != i && unknownWord(doc.base(k), lexicon)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonWord(String word, Lexicon lexicon) {
        return unknownWord(word, lexicon)
                // a slip of its own (goverment) is one wrong word more, not foreign text
                && lexicon.candidates(word, true).stream()
                        .noneMatch(c -> c.known() && c.distance() == 1);
    }

    /** A lower-case word of letters that no dictionary knows nor a regular formation explains. */
    private static boolean unknownWord(String word, Lexicon lexicon) {
        return word.length() >= 2 && WordForm.isLowerCase(word) && !WordForm.hasDigit(word)
                && word.chars().allMatch(Character::isLetter) && !lexicon.isKnown(word)
                && !DerivedWords.isDerived(word, lexicon);
    }
}
