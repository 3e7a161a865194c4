package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edit distance between words (optimal string alignment: deletions, insertions, substitutions
 * and transpositions of adjacent letters each cost one, case-insensitive), and how typing-like
 * a single edit is.
 */
final class EditDistance {

    /** How a one-edit variant came about, from most to least typical of a slip of the keys. */
    enum Kind {
        /** Two adjacent letters swapped: {@code Cheslea}. */
        TRANSPOSITION,
        /** A doubled letter lost or a letter doubled: {@code Hollwood}, {@code folllowing}. */
        DOUBLING,
        /** A key next to the right one hit instead of it, or as well: {@code spokesmsn}. */
        NEIGHBOUR_KEY,
        /** A letter left out: {@code Decmber}. The commonest typing error of all. */
        OMISSION,
        /** Any other single edit. */
        OTHER
    }

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private EditDistance() {}

    /** The distance between {@code a} and {@code b}, or {@code max + 1} when it exceeds max. */
    static int distance(String a, String b, int max) {
        if (!WordForm.isLatin1(a) || !WordForm.isLatin1(b)) {
            return byTable(a, b, max);
        }
        // Lower-casing keeps the length of a word of Latin-1 letters and maps each letter to
        // one: tell the far apart first, and compare letter by letter without copies.
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        return max == 1 ? withinOne(a, b) : latin1Table(a, b, max);
    }

    /** {@link #byTable} for two words of Latin-1 letters, as far apart in length as max allows. */
    private static int latin1Table(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        char[] x = lowerLatin1(a);
        char[] y = lowerLatin1(b);
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        char aBefore = NO_LETTER;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ai = x[i - 1];
            // Every array is read at every step, by the row or column alone (the letters and
            // twoBack[j - 2] before are carried over): the compiler checks the indexes once
            // before the loops, where a read made only on a condition (a transposition, a second
            // row) was checked on a guess from the runs so far, and compiled again when it failed.
            char bBefore = NO_LETTER;
            int twoBackBefore = 0;
            for (int j = 1; j <= m; j++) {
                char bj = y[j - 1];
                int value = Math.min(Math.min(previous[j], current[j - 1]) + 1,
                        previous[j - 1] + (ai == bj ? 0 : 1));
                if (ai == bBefore && aBefore == bj) {
                    value = Math.min(value, twoBackBefore + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
                bBefore = bj;
                twoBackBefore = twoBack[j - 1];
            }
            if (rowMin > max) {
                return max + 1;
            }
            aBefore = ai;
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m] > max ? max + 1 : previous[m];
    }

    /** No letter's lower case: stands for the letter before the first. */
    private static final char NO_LETTER = '\uffff';

    /** The lower case of each letter of a word of Latin-1 letters. */
    private static char[] lowerLatin1(String word) {
        char[] lower = new char[word.length()];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = WordForm.LATIN1_LOWER[word.charAt(k)];
        }
        return lower;
    }

    /**
     * {@link #distance} with {@code max} 1, for words of Latin-1 letters, whose lower case is
     * each letter's: one edit leaves the words equal before it and after it, so a comparison
     * from each end tells it without a table or a lower-cased copy.
     */
    private static int withinOne(String a, String b) {
        if (a.length() < b.length()) {
            String swap = a;
            a = b;
            b = swap;
        }
        int n = a.length();
        int m = b.length();
        int p = 0;
        while (p < m && sameLetter(a.charAt(p), b.charAt(p))) {
            p++;
        }
        if (n != m) {
            // one letter more in a: the rest of a after it must be the rest of b
            for (int k = p; k < m; k++) {
                if (!sameLetter(a.charAt(k + 1), b.charAt(k))) {
                    return 2;
                }
            }
            return 1;
        }
        if (p == n) {
            return 0;
        }
        int q = n - 1;
        while (q > p && sameLetter(a.charAt(q), b.charAt(q))) {
            q--;
        }
        if (q == p) {
            return 1; // one letter replaced
        }
        return q == p + 1 && sameLetter(a.charAt(p), b.charAt(q))
                && sameLetter(a.charAt(q), b.charAt(p)) ? 1 : 2; // two letters swapped
    }

    /** For Latin-1 letters only. */
    private static boolean sameLetter(char x, char y) {
        return x == y || WordForm.LATIN1_LOWER[x] == WordForm.LATIN1_LOWER[y];
    }

    /** {@link #distance} by the table of optimal string alignment, for any words. */
    static int byTable(String a, String b, int max) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1),
                        previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m] > max ? max + 1 : previous[m];
    }

    /** Every string one edit away from lower-case {@code word}, over the letters a to z. */
    static List<String> variantsOf(String word) {
        List<String> out = new ArrayList<>(word.length() * 54 + 26);
        StringBuilder s = new StringBuilder(word.length() + 1);
        for (int i = 0; i < word.length(); i++) {
            s.setLength(0);
            out.add(s.append(word, 0, i).append(word, i + 1, word.length()).toString());
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            char[] swapped = word.toCharArray();
            char c = swapped[i];
            swapped[i] = swapped[i + 1];
            swapped[i + 1] = c;
            out.add(new String(swapped));
        }
        for (int i = 0; i < word.length(); i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                char c = ALPHABET.charAt(k);
                if (c != word.charAt(i)) {
                    char[] changed = word.toCharArray();
                    changed[i] = c;
                    out.add(new String(changed));
                }
            }
        }
        for (int i = 0; i <= word.length(); i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                s.setLength(0);
                out.add(s.append(word, 0, i).append(ALPHABET.charAt(k))
                        .append(word, i, word.length()).toString());
            }
        }
        return out;
    }

    /** Where {@code a} and {@code b} first differ: the length of their common start. */
    static int firstDifference(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p;
    }

    /** The kind of the single edit turning {@code written} into {@code intended}. */
    static Kind kind(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        int p = firstDifference(w, t);
        if (w.length() == t.length()) {
            if (p + 1 < w.length() && w.charAt(p) == t.charAt(p + 1)
                    && w.charAt(p + 1) == t.charAt(p)) {
                return Kind.TRANSPOSITION;
            }
            return p < w.length() && adjacentKeys(w.charAt(p), t.charAt(p))
                    ? Kind.NEIGHBOUR_KEY : Kind.OTHER;
        }
        String longer = w.length() > t.length() ? w : t;
        char extra = longer.charAt(p);
        boolean doubled = (p > 0 && longer.charAt(p - 1) == extra)
                || (p + 1 < longer.length() && longer.charAt(p + 1) == extra);
        if (doubled) {
            return Kind.DOUBLING;
        }
        if (w.length() < t.length()) {
            return Kind.OMISSION;
        }
        boolean besideNeighbour = (p > 0 && adjacentKeys(longer.charAt(p - 1), extra))
                || (p + 1 < longer.length() && adjacentKeys(longer.charAt(p + 1), extra));
        return besideNeighbour ? Kind.NEIGHBOUR_KEY : Kind.OTHER;
    }

    /** True for two different letters whose keys touch on a QWERTY keyboard. */
    static boolean adjacentKeys(char a, char b) {
        int ra = row(a);
        int rb = row(b);
        if (ra < 0 || rb < 0 || a == b || Math.abs(ra - rb) > 1) {
            return false;
        }
        int ca = KEY_ROWS[ra].indexOf(a);
        int cb = KEY_ROWS[rb].indexOf(b);
        if (ra == rb) {
            return Math.abs(ca - cb) == 1;
        }
        // Each row sits about half a key to the right of the row above it.
        int upper = ra < rb ? ca : cb;
        int lower = ra < rb ? cb : ca;
        return lower == upper || lower == upper - 1;
    }

    private static int row(char c) {
        for (int r = 0; r < KEY_ROWS.length; r++) {
            if (KEY_ROWS[r].indexOf(c) >= 0) {
                return r;
            }
        }
        return -1;
    }
}
