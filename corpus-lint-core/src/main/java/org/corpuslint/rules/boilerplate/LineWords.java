package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a line as the lexicon compares them: the words of
 * {@link org.corpuslint.text.WordTokenizer} (letters and digits, an apostrophe between two
 * letters kept), lower-cased, curly apostrophes made straight. Built in one pass without
 * token objects, because every short line of the corpus goes through here; a word that is
 * already as the lexicon writes it (most are) is cut out of the line, not copied character by
 * character.
 */
final class LineWords {

    private LineWords() {}

    static List<String> normalisedWords(CharSequence line) {
        List<String> words = new ArrayList<>(8);
        String text = line.toString();
        int n = text.length();
        int start = -1; // where the current word starts, or -1 between words
        boolean asWritten = true; // the current word needs no lower-casing or apostrophe
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                    asWritten = true;
                }
                asWritten &= c < 128 ? c >= 'a' || c <= '9' : Character.toLowerCase(c) == c;
            } else if ((c == '\'' || c == '\u2019') && start >= 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                asWritten &= c == '\'';
            } else if (start >= 0) {
                words.add(word(text, start, i, asWritten));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(word(text, start, n, asWritten));
        }
        return words;
    }

    /** The word at {@code [start, end)}: lower-cased, its apostrophes straight. */
    private static String word(String text, int start, int end, boolean asWritten) {
        if (asWritten) {
            return text.substring(start, end);
        }
        StringBuilder word = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            word.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return word.toString();
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
