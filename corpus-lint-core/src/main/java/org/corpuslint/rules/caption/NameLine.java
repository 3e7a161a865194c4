package org.corpuslint.rules.caption;

import java.util.regex.Pattern;

/** A short name with no sentence in it ({@code Press Eye}, {@code Jane Doe}). */
final class NameLine {

    static final Pattern PATTERN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*"
                    + "(?:\\s+(?:of|the|for|and|de|van|von|\\p{Lu}[\\p{L}'’.-]*)){0,4}");
    /** Runs of white space between the words of a name: {@link #PATTERN} allows four. */
    private static final int MAX_GAPS = 4;

    private NameLine() {}

    /**
     * Whether the stripped line {@code text} is such a name. Every line of a document with a
     * space is asked; the pattern runs only on lines that open with a capital and have at most
     * five words, which prose lines do not.
     */
    static boolean is(String text) {
        return mayBe(text) && PATTERN.matcher(text).matches();
    }

    private static boolean mayBe(String text) {
        if (text.isEmpty()
                || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int gaps = 0;
        boolean inGap = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isPatternSpace(text.charAt(i));
            if (space && !inGap && ++gaps > MAX_GAPS) {
                return false;
            }
            inGap = space;
        }
        return true;
    }

    /** {@code \s} of a pattern without the Unicode flag. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
