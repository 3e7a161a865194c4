package org.corpuslint.text.credit;

import java.util.ArrayList;
import java.util.List;

/**
 * How the text of a credit is cut into words. Written as scans rather than patterns (split on
 * separators, strip edge punctuation), because every short line of a document and the last
 * sentence of every caption-length line is cut here; {@code CreditWordsTest} holds the
 * patterns these scans replace and checks that they agree.
 */
final class CreditWords {

    /** Separators between the parts of a credit: {@code Name / TASS, Pool; AP | Reuters}. */
    private static final String PART_SEPARATORS = "/,;|&()[]";
    /** Inside a word, for matching agency names: {@code RIA_Kremlinpool}, {@code EPA-EFE}. */
    private static final String INNER_SEPARATORS = "_-\u2010\u2013";
    /** Stripped from both ends of a word. */
    private static final String EDGE_PUNCTUATION = "\"'“”‘’«».:";

    private CreditWords() {}

    /** The words of {@code text}, separators and quotes removed; a domain stays one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isPartSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isPartSeparator(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = withoutEdgePunctuation(text, start, i);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** {@code [\s/,;|&()\[\]]}, with {@code \s} the ASCII white space of a pattern. */
    private static boolean isPartSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || PART_SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * The part {@code [start, end)} of {@code text} with the quotes, full stops and colons at
     * its ends removed, or {@code null} when no letter or digit is left (a lone dash). As the
     * pattern's {@code $} did, the punctuation before a final line separator ({@code U+0085},
     * {@code U+2028}, {@code U+2029}) counts as the end.
     */
    private static String withoutEdgePunctuation(String text, int start, int end) {
        int from = start;
        while (from < end && EDGE_PUNCTUATION.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        boolean lineSeparator = isLineSeparator(text.charAt(end - 1));
        int to = lineSeparator ? end - 1 : end;
        while (to > from && EDGE_PUNCTUATION.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        if (!hasLetterOrDigit(text, from, to)) {
            return null;
        }
        if (lineSeparator && to < end - 1) {
            return text.substring(from, to) + text.charAt(end - 1);
        }
        return text.substring(from, lineSeparator ? end : to);
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * The sub-words of {@code word} used to look up agency names, empty ones left out; the
     * word itself when it has no inner separator.
     */
    static List<String> innerWords(String word) {
        int n = word.length();
        int i = 0;
        while (i < n && INNER_SEPARATORS.indexOf(word.charAt(i)) < 0) {
            i++;
        }
        if (i == n) {
            return n == 0 ? List.of() : List.of(word);
        }
        List<String> parts = new ArrayList<>(3);
        int start = 0;
        for (i = 0; i <= n; i++) {
            if (i == n || INNER_SEPARATORS.indexOf(word.charAt(i)) >= 0) {
                if (i > start) {
                    parts.add(word.substring(start, i));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /** An agency name as a sequence of sub-words. */
    static String[] agencyKey(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : words(name)) {
            parts.addAll(innerWords(word));
        }
        return parts.toArray(String[]::new);
    }
}
