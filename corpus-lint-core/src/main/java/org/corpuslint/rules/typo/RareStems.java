package org.corpuslint.rules.typo;

import java.util.List;

/**
 * A formation from a rare word that is one edit from a common word inside that rare stem
 * ({@code influented}: influent + ed, or influenced with one key wrong): writers misspell
 * common words far more often than they inflect rare ones, so the slip is the reading to take.
 * A formation from a common word ({@code headlined}) or one whose difference lies in the suffix
 * ({@code fundraisers}, {@code fundraiser}) stays a formation.
 */
final class RareStems {

    private RareStems() {}

    /** True when lower-case {@code word} reads better as a slip of a common word than as a form. */
    static boolean slipOfCommonWord(String word, Lexicon lexicon, TypoThresholds t) {
        List<String> stems = Morphology.stemsOfForm(word, lexicon);
        if (stems.isEmpty()) {
            return false;
        }
        int shortest = Integer.MAX_VALUE;
        for (String stem : stems) {
            if (lexicon.frequency(stem) >= t.commonFrequency()) {
                return false;
            }
            shortest = Math.min(shortest, stem.length());
        }
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && c.distance() == 1 && WordForm.isLowerCase(c.word())
                    && c.corpusOccurrences() > 0
                    && lexicon.frequency(c.word()) >= t.commonFrequency()
                    && sharedStart(word, c.word()) < shortest) {
                return true;
            }
        }
        return false;
    }

    private static int sharedStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int k = 0;
        while (k < n && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }
}
