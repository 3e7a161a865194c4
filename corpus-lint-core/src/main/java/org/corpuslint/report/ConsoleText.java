package org.corpuslint.report;

/**
 * Makes text from the corpus (file names, messages that quote a document, diff lines) safe to
 * print on a terminal or in a log: every character a terminal would act on instead of showing is
 * written out visibly, so a file named {@code a\e[2Jb.txt} can neither clear the screen nor, with
 * a newline in its name, start a log line of its own. Escapes are C-like: {@code \t}, {@code \n},
 * {@code \r}, {@code \e} (escape), {@code \x7f} (other C0 controls and DEL), {@code \u009b} (C1
 * controls), and {@code \u202e} for the characters that reorder text (bidirectional overrides,
 * isolates and marks) or end a line (U+2028, U+2029). Everything else, backslashes too, is printed
 * as it is. Report files escape by their own formats' rules and do not use this.
 */
public final class ConsoleText {

    private ConsoleText() {}

    /** {@code text} with every control character escaped. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * A line of a unified diff: as {@link #escape}, but a tab stays a tab (it only moves the
     * cursor forward, and diffs of indented text stay readable).
     */
    public static String escapeDiffLine(String line) {
        return escape(line, true);
    }

    private static String escape(String text, boolean keepTabs) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i), keepTabs)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, keepTabs)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u001b' -> out.append("\\e");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, boolean keepTabs) {
        if (c == '\t') {
            return !keepTabs;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || reordersOrBreaks(c);
    }

    /** Bidirectional formatting characters and the Unicode line and paragraph separators. */
    private static boolean reordersOrBreaks(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
