package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a line as the lexicon compares them: the words of
 * {@link org.corpuslint.text.WordTokenizer} (letters and digits, an apostrophe between two
 * letters kept), lower-cased, curly apostrophes made straight. Built in one pass without
 * token objects, because every short line of the corpus goes through here.
 */
final class LineWords {

    private LineWords() {}

    static List<String> normalisedWords(CharSequence line) {
        List<String> words = new ArrayList<>(8);
        StringBuilder word = new StringBuilder(16);
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
