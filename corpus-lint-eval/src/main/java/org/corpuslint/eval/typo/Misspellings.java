package org.corpuslint.eval.typo;

import java.util.Locale;
import java.util.Random;

/**
 * Typing errors as people make them: a letter left out, two letters swapped, a neighbouring
 * key hit instead, or a letter typed twice or with its neighbour. Never the first letter, so
 * names keep their capital.
 */
final class Misspellings {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Misspellings() {}

    static String typo(String word, Random random) {
        int n = word.length();
        int at = 1 + random.nextInt(n - 1);
        int kind = random.nextInt(100);
        StringBuilder s = new StringBuilder(word);
        if (kind < 35) {
            s.deleteCharAt(at);
        } else if (kind < 55 && at + 1 < n) {
            char c = s.charAt(at);
            s.setCharAt(at, s.charAt(at + 1));
            s.setCharAt(at + 1, c);
        } else if (kind < 80) {
            s.setCharAt(at, neighbour(s.charAt(at), random));
        } else if (kind < 90) {
            s.insert(at, s.charAt(at));
        } else {
            s.insert(at, neighbour(s.charAt(at), random));
        }
        return s.toString();
    }

    static char neighbour(char c, Random random) {
        char lower = Character.toLowerCase(c);
        for (int r = 0; r < ROWS.length; r++) {
            int i = ROWS[r].indexOf(lower);
            if (i < 0) {
                continue;
            }
            StringBuilder options = new StringBuilder();
            if (i > 0) {
                options.append(ROWS[r].charAt(i - 1));
            }
            if (i + 1 < ROWS[r].length()) {
                options.append(ROWS[r].charAt(i + 1));
            }
            char picked = options.charAt(random.nextInt(options.length()));
            return Character.isUpperCase(c) ? Character.toUpperCase(picked) : picked;
        }
        return c == 'e' ? 'a' : 'e';
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
