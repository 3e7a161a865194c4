package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineWords} cuts words that need no change out of the line; it must give the words
 * that lower-casing every character into a builder gave (kept here as the reference).
 */
class LineWordsTest {

    private static final String[] PIECES = {"a", "b", "z", "A", "Z", "0", "9", "É", "é", "ß",
        "İ", "Σ", "ς", "\u0301", "\u00A0", " ", ".", "-", "'", "’", "‘", "don", "t", "LET",
        "S", "sign", "up", "\uD801\uDC00", "\u212A", "ǅ", "@", "_", "x"};

    @Test
    void givesTheWordsOfTheCharacterByCharacterDefinition() {
        Random random = new Random(5);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            assertEquals(byDefinition(line), LineWords.normalisedWords(line), line);
        }
    }

    @Test
    void lowerCasesAndStraightensApostrophes() {
        assertEquals(List.of("let's", "sign", "up", "e", "mail"),
                LineWords.normalisedWords("LET’S sign-up: E-mail!"));
        assertEquals(List.of("don't", "café"), LineWords.normalisedWords(" don't  'Café' "));
    }

    private static List<String> byDefinition(CharSequence line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (isWordChar(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < n
                    && Character.isLetter(line.charAt(i - 1))
                    && Character.isLetter(line.charAt(i + 1))) {
                word.append('\'');
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
