package org.corpuslint.text;

/**
 * {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)} with the
 * answers for ASCII worked out once by those same methods: the corpus statistics hash every
 * character of every document several times, and nearly all of them are ASCII.
 */
public final class Chars {

    private static final boolean[] LETTER_OR_DIGIT = new boolean[128];
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private Chars() {}

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < 128 ? LOWER[c] : Character.toLowerCase(c);
    }
}
