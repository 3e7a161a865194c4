package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The comparison from both ends gives what the table gives for words at most one edit apart. */
class EditDistanceOneTest {

    private static final String LETTERS = "abcABCéÉßÿxX";

    @Test
    void sameAsTheTable() {
        Random random = new Random(7);
        int[] seen = new int[3];
        for (int k = 0; k < 200_000; k++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? edited(a, random) : randomWord(random);
            int expected = EditDistance.byTable(a, b, 1);
            assertEquals(expected, EditDistance.distance(a, b, 1), a + " / " + b);
            assertEquals(expected, EditDistance.distance(b, a, 1), b + " / " + a);
            seen[expected]++;
        }
        assertTrue(seen[0] > 1000 && seen[1] > 10_000 && seen[2] > 10_000,
                java.util.Arrays.toString(seen));
    }

    /** Words of Latin-1 letters are compared letter by letter, without lower-cased copies. */
    @Test
    void latin1WordsWithinTwoOrThreeAsTheTable() {
        Random random = new Random(11);
        int[] seen = new int[5];
        for (int k = 0; k < 200_000; k++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? edited(edited(a, random), random)
                    : randomWord(random);
            if (random.nextInt(4) == 0) {
                // any Latin-1 character, control characters and the sharp s and y diaeresis too
                a = a + (char) random.nextInt(256);
                b = (char) random.nextInt(256) + b;
            }
            for (int max = 0; max <= 3; max++) {
                int expected = EditDistance.byTable(a, b, max);
                assertEquals(expected, EditDistance.distance(a, b, max), a + " / " + b + " " + max);
                assertEquals(expected, EditDistance.distance(b, a, max), b + " / " + a + " " + max);
                if (max == 3) {
                    seen[expected]++;
                }
            }
        }
        assertTrue(seen[0] > 100 && seen[1] > 1000 && seen[2] > 1000 && seen[3] > 1000,
                java.util.Arrays.toString(seen));
    }

    @Test
    void examples() {
        assertEquals(1, EditDistance.distance("Koran", "Korean", 1));
        assertEquals(1, EditDistance.distance("Crown", "brown", 1));
        assertEquals(1, EditDistance.distance("Cheslea", "Chelsea", 1));
        assertEquals(0, EditDistance.distance("PARIS", "paris", 1));
        assertEquals(2, EditDistance.distance("Paris", "Prais ", 1));
        assertEquals(2, EditDistance.distance("abcd", "badc", 1));
        assertEquals(1, EditDistance.distance("Şahin", "Sahin", 1)); // beyond Latin-1: the table
    }

    private static String randomWord(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** Up to two random edits of {@code word}, or a change of case. */
    private static String edited(String word, Random random) {
        StringBuilder s = new StringBuilder(word);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, c);
                case 1 -> { if (s.length() > 0) { s.deleteCharAt(at); } }
                case 2 -> { if (s.length() > 0) { s.setCharAt(at, c); } }
                case 3 -> {
                    if (at + 1 < s.length()) {
                        char x = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, x);
                    }
                }
                default -> {
                    if (s.length() > 0) {
                        char x = s.charAt(at);
                        s.setCharAt(at, Character.isUpperCase(x) ? Character.toLowerCase(x)
                                : Character.toUpperCase(x));
                    }
                }
            }
        }
        return s.toString();
    }
}
