package org.corpuslint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits, keeping an apostrophe or a right single
 * quotation mark between two letters inside the word ({@code don't}, {@code Putin’s}). Hyphens
 * and all other characters separate words. Everything that counts words in the corpus profile
 * and in rules uses this one definition, so counts and lookups agree.
 */
public final class WordTokenizer {

    private WordTokenizer() {}

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** The words inside {@code text[from, to)}, with offsets into {@code text}. */
    public static List<Token> tokenize(CharSequence text, int from, int to) {
        // Sized for English prose (a word and its space take some six characters): grown from
        // ten, the list of a long article was copied a dozen times.
        List<Token> tokens = new ArrayList<>(Math.max(10, (to - from) / 6));
        forEachWord(text, from, to, (start, end) ->
                tokens.add(new Token(text.subSequence(start, end).toString(), start, end)));
        return tokens;
    }

    /** Receives one word of a text by its offsets, {@code [start, end)}. */
    @FunctionalInterface
    public interface WordSpan {
        void word(int start, int end);
    }

    /**
     * The words {@link #tokenize} finds, handed over by their offsets only, for a caller that
     * counts them and needs no {@link Token} or string per word (the corpus profile).
     */
    public static void forEachWord(CharSequence text, int from, int to, WordSpan sink) {
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if (isApostrophe(c) && i > start && i + 1 < to
                        && isLetter(text.charAt(i - 1)) && isLetter(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            sink.word(start, i);
        }
    }

    /**
     * {@link #isWordChar} and {@link Character#isLetter} of every character below
     * {@value #TABLED} (the alphabets of Europe, punctuation, dashes, curly quotes), worked out
     * once by the same tests: every word of every document passes here, in the profile pass and
     * again in the rule pass. The tables also keep {@link Character}'s per-script lookups out of
     * the compiled loop, which the JIT would otherwise compile again when the first character
     * beyond Latin-1 turns up.
     */
    private static final int TABLED = 0x3000;
    private static final long[] WORD_CHARS = new long[TABLED / 64];
    private static final long[] LETTERS = new long[TABLED / 64];

    static {
        for (char c = 0; c < TABLED; c++) {
            if (isWordCharSlow(c)) {
                WORD_CHARS[c >>> 6] |= 1L << c;
            }
            if (Character.isLetter(c)) {
                LETTERS[c >>> 6] |= 1L << c;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return c < TABLED ? (WORD_CHARS[c >>> 6] & (1L << c)) != 0 : isWordCharSlow(c);
    }

    private static boolean isLetter(char c) {
        return c < TABLED ? (LETTERS[c >>> 6] & (1L << c)) != 0 : Character.isLetter(c);
    }

    private static boolean isWordCharSlow(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The straight or the curly apostrophe: the two the tokeniser keeps inside a word. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
