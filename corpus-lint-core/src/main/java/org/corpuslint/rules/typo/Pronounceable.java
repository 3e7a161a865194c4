package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * Whether a slip leaves letters no one could say: a run of three consonants that the intended
 * word lacks, before the word's last letter ({@code Crmen}, {@code Whjte}, {@code Chriqtmas}).
 * Names end in clusters of their own ({@code Blinkx}) and accented letters belong to foreign
 * spellings ({@code Siméon}), so neither counts.
 */
final class Pronounceable {

    private static final int RUN = 3;

    private Pronounceable() {}

    static boolean slipMakesUnpronounceable(String written, String intended) {
        String w = written.toLowerCase(Locale.ROOT);
        String t = intended.toLowerCase(Locale.ROOT);
        int run = 0;
        for (int k = 0; k < w.length() - 1; k++) {
            char c = w.charAt(k);
            if (c > 'z' || c < 'a') {
                return false; // not a plain Latin letter: a foreign spelling or a symbol
            }
            run = "aeiouy".indexOf(c) >= 0 ? 0 : run + 1;
            if (run >= RUN && !t.contains(w.substring(k - run + 1, k + 1))) {
                return true;
            }
        }
        return false;
    }
}
