package org.corpuslint.rules.encoding;

import java.util.Locale;

/**
 * Text quoted in a message so that a person can read it: controls and invisible characters as
 * {@code U+200B}, long quotes cut, since a finding's message is shown on one line.
 */
final class VisibleText {

    private static final int MAX_QUOTE = 60;

    private VisibleText() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (shown++ == MAX_QUOTE) {
                return out.append('…').toString();
            }
            if (hidden(cp)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is one character that cannot be seen, such as a no-break space. */
    static boolean isHidden(String text) {
        return text.codePointCount(0, text.length()) == 1 && hidden(text.codePointAt(0));
    }

    /** {@code U+00A0 no-break space}. */
    static String describe(String character) {
        int cp = character.codePointAt(0);
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp)
                + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR && cp != ' '
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
