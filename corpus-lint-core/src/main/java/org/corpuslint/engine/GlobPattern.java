package org.corpuslint.engine;

import com.google.re2j.Pattern;

/**
 * Translates a glob ({@code **}{@code /*.txt}, {@code drafts/**}, {@code {a,b}/[!x]?.txt}) into
 * a pattern for RE2/J, with the meaning of {@link java.nio.file.FileSystem#getPathMatcher}'s
 * {@code glob:} syntax on Unix. The JDK matcher compiles globs to backtracking regular
 * expressions: {@code includes: ["*a*a*a*a*a*a*a*a*a*a*a*a*b"]} in a corpus's
 * {@code corpus-lint.yaml} took 40 s on one 30-letter file name, and far longer on longer ones.
 * RE2/J matches in time linear in the path's length.
 *
 * <p>{@code *} is any run of characters but {@code /}, {@code **} any run at all, {@code ?} one
 * character but {@code /}, {@code [a-z]} and {@code [!a-z]} one character of (not of) a set, never
 * {@code /}; {@code {a,b}} one of the comma-separated alternatives (not nested); {@code \}
 * escapes the next character.
 */
final class GlobPattern {

    /** Longer globs are refused: no real file pattern needs more, and RE2/J recurses per star. */
    static final int MAX_LENGTH = 1_000;

    private static final String ANY = ".*";
    private static final String ANY_IN_NAME = "[^/]*";

    private GlobPattern() {}

    /** @throws IllegalArgumentException for a malformed glob, saying what is wrong */
    static Pattern compile(String glob) {
        if (glob.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("it is " + glob.length()
                    + " characters long (at most " + MAX_LENGTH + ")");
        }
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> {
                    if (i >= glob.length()) {
                        throw new IllegalArgumentException("no character to escape at the end");
                    }
                    int next = glob.codePointAt(i);
                    i += Character.charCount(next);
                    literal(regex, next);
                }
                case '[' -> i = characterClass(glob, i, regex);
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("groups {...} cannot be nested");
                    }
                    regex.append("(?:(?:");
                    inGroup = true;
                }
                case '}' -> {
                    if (inGroup) {
                        regex.append("))");
                        inGroup = false;
                    } else {
                        literal(regex, c);
                    }
                }
                case ',' -> {
                    if (inGroup) {
                        regex.append(")|(?:");
                    } else {
                        literal(regex, c);
                    }
                }
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        appendStar(regex, ANY);
                        i++;
                    } else {
                        appendStar(regex, ANY_IN_NAME);
                    }
                }
                case '?' -> regex.append("[^/]");
                default -> literal(regex, c);
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("missing '}'");
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * Appends a star, merged with a star just before it ({@code ***} matches what {@code **}
     * does): a run of stars is one repetition, not one per star, which RE2/J's matcher would
     * follow recursively.
     */
    private static void appendStar(StringBuilder regex, String star) {
        // Literals are written as \x{..} escapes, so these endings can only be stars.
        if (endsWith(regex, ANY)) {
            return;
        }
        if (endsWith(regex, ANY_IN_NAME)) {
            if (star.equals(ANY)) {
                regex.setLength(regex.length() - ANY_IN_NAME.length());
                regex.append(ANY);
            }
            return;
        }
        regex.append(star);
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        int from = text.length() - suffix.length();
        return from >= 0 && text.indexOf(suffix, from) == from;
    }

    /** Reads a class after its '['; returns the index after its ']'. */
    private static int characterClass(String glob, int i, StringBuilder regex) {
        StringBuilder set = new StringBuilder("[");
        if (i < glob.length() && glob.charAt(i) == '!') {
            set.append("^/");
            i++;
        }
        int empty = set.length();
        int last = -1;
        boolean closed = false;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            if (c == ']') {
                closed = true;
                break;
            }
            if (c == '/') {
                throw new IllegalArgumentException("a class [...] cannot name the folder"
                        + " separator '/'");
            }
            if (c == '-' && last != -1 && i < glob.length() && glob.charAt(i) != ']') {
                int end = glob.codePointAt(i);
                i += Character.charCount(end);
                if (end < last) {
                    throw new IllegalArgumentException("invalid range in [...]");
                }
                // The range replaces its start, already written; '/' is cut out of it.
                set.setLength(set.length() - hex(last).length());
                range(set, last, end);
                last = -1;
                continue;
            }
            set.append(hex(c));
            last = c;
        }
        if (!closed) {
            throw new IllegalArgumentException("missing ']'");
        }
        if (set.length() == empty) {
            throw new IllegalArgumentException("empty class []");
        }
        regex.append(set).append(']');
        return i;
    }

    /** Appends the range {@code from-to} without '/'. */
    private static void range(StringBuilder set, int from, int to) {
        if (from <= '/' && '/' <= to) {
            if (from < '/') {
                set.append(hex(from)).append('-').append(hex('/' - 1));
            }
            if (to > '/') {
                set.append(hex('/' + 1)).append('-').append(hex(to));
            }
            return;
        }
        set.append(hex(from)).append('-').append(hex(to));
    }

    private static void literal(StringBuilder regex, int c) {
        if (c < 128 && Character.isLetterOrDigit(c) || c == '/') {
            regex.appendCodePoint(c);
        } else {
            regex.append(hex(c));
        }
    }

    private static String hex(int c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
