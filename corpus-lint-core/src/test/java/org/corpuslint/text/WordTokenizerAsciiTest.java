package org.corpuslint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTokenizerAsciiTest {

    /** The tokeniser's definition, character by character, without its ASCII table. */
    private static List<String> reference(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (wordChar(c)) {
                    i++;
                } else if ((c == '\'' || c == '\u2019') && i > start && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i - 1))
                        && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    @Test
    void splitsEveryCharacterMixAsTheDefinitionDoes() {
        Random random = new Random(16);
        String extra = "\u00e9\u0301\u2019\u00a0\u4e2d\u0416";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextInt(5) == 0 ? extra.charAt(random.nextInt(extra.length()))
                        : (char) random.nextInt(128));
            }
            String s = text.toString();
            assertEquals(reference(s),
                    WordTokenizer.tokenize(s).stream().map(Token::text).toList(), s);
        }
    }

    @Test
    void readsEveryCharacterAsTheDefinitionDoes() {
        // The tokeniser tables the characters below U+3000; each one, and one beyond, must read
        // as the definition says: inside a word, beside an apostrophe, alone.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            String s = "x" + ch + "'" + ch + " " + ch + "\u2019y " + ch;
            assertEquals(reference(s),
                    WordTokenizer.tokenize(s).stream().map(Token::text).toList(),
                    Integer.toHexString(c));
        }
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertEquals(List.of("Don't", "stop", "Putin\u2019s", "e\u0301t\u00e9", "42"),
                WordTokenizer.tokenize("Don't stop -- Putin\u2019s 'e\u0301t\u00e9' 42.")
                        .stream().map(Token::text).toList());
    }
}
