package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * How a slip changes the letters of a name, judged from the two spellings alone: the first
 * letter touched, a vowel lost or changed that still reads as a name, the last letter cut, a
 * letter doubled where no name doubles it. The judges of capitalised words share these shapes
 * so that each reads a slip the same way.
 */
final class NameSlipShapes {

    /** Letters that English words and names almost never write twice in a row. */
    private static final String RARELY_DOUBLED = "hjqvwxy";

    private NameSlipShapes() {
    }

    /** Slips rarely touch a word's first letter; a name differing there is another name. */
    static boolean firstLetterEdit(String written, String intended) {
        return Character.toLowerCase(written.charAt(0)) != Character.toLowerCase(intended.charAt(0));
    }

    /**
     * {@code Serna} for {@code Serena}, {@code Kanu} for {@code Keanu}: a vowel left out or
     * changed that still reads as a name is more often another person than a slip; {@code Dvid}
     * and {@code Brwn}, with three consonants or a consonant pair at the start, are not.
     */
    static boolean pronounceableVowelSlip(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        int p = EditDistance.firstDifference(w, t);
        boolean vowelEdit = (p < t.length() && isVowel(t.charAt(p)) && (w.length() < t.length()
                || (w.length() == t.length() && isVowel(w.charAt(p)))))
                || (w.length() > t.length() && isVowel(w.charAt(p)));
        return vowelEdit && !hasConsonantRun(w, 3) && !(w.length() > 1 && !isVowel(w.charAt(0))
                && !isVowel(w.charAt(1)) && (t.length() < 2 || isVowel(t.charAt(1))));
    }

    /** True when {@code written} has one consonant where {@code intended}, as long, has another. */
    static boolean consonantForConsonant(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        int p = EditDistance.firstDifference(w, t);
        return w.length() == t.length() && p < w.length()
                && Character.isLetter(w.charAt(p)) && !isVowel(w.charAt(p))
                && Character.isLetter(t.charAt(p)) && !isVowel(t.charAt(p));
    }

    /** True when {@code written} has one vowel where {@code intended}, as long, has another. */
    static boolean vowelForVowel(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        int p = EditDistance.firstDifference(w, t);
        return w.length() == t.length() && p < w.length() && isVowel(w.charAt(p))
                && isVowel(t.charAt(p));
    }

    static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean hasConsonantRun(String w, int length) {
        int run = 0;
        for (int k = 0; k < w.length(); k++) {
            run = isVowel(w.charAt(k)) || !Character.isLetter(w.charAt(k)) ? 0 : run + 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Americ} for {@code America}: the name with its last letter lost, leaving a
     * consonant at the end. The candidates admit such a cut only for a name far commoner than
     * the cut form or known to the dictionary while the cut form is on no name list. A cut that
     * ends in a vowel ({@code Georgi}, {@code Sofi}) reads as a name of its own, as a vowel
     * changed inside a name does ({@code Serna}).
     */
    static boolean lastLetterCut(String written, String intended) {
        return intended.length() == written.length() + 1
                && intended.regionMatches(true, 0, written, 0, written.length())
                && Character.isLetter(written.charAt(written.length() - 1))
                && !isVowel(Character.toLowerCase(written.charAt(written.length() - 1)));
    }

    /**
     * True when {@code written} is {@code intended} with one letter left out. Omissions are the
     * commonest typing error, so between two equally rare spellings that differ by one letter
     * ({@code Chosn}, {@code Choson}) the shorter is taken for the slip; not when the longer
     * only doubles a letter ({@code Kiefer}, {@code Kiiefer}), as common a slip.
     */
    static boolean omission(String written, String intended) {
        return intended.length() == written.length() + 1
                && EditDistance.distance(written, intended, 1) == 1
                && EditDistance.kind(written, intended) != EditDistance.Kind.DOUBLING;
    }

    /**
     * True when lower-case {@code w} has a letter struck twice where no name doubles it: at the
     * end of the word, a third time, or a letter English never doubles.
     */
    static boolean doubledUnlikeAName(String w) {
        int n = w.length();
        for (int k = 1; k < n; k++) {
            char x = w.charAt(k);
            if (x != w.charAt(k - 1)) {
                continue;
            }
            boolean tripled = k >= 2 && w.charAt(k - 2) == x;
            boolean atEnd = k == n - 1 && (k < 2 || w.charAt(k - 2) != x);
            if (tripled || atEnd || RARELY_DOUBLED.indexOf(x) >= 0) {
                return true;
            }
        }
        return false;
    }
}
