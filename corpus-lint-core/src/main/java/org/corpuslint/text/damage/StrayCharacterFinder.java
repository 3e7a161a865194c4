package org.corpuslint.text.damage;

import java.util.List;
import java.util.Locale;

/**
 * Single characters that should not be in article text: U+FFFD (a character the decoder lost),
 * C0 and C1 controls other than tab and line breaks, and zero-width, soft-hyphen and
 * bidirectional-control characters inside a word of Latin, Greek or Cyrillic letters, where
 * they only break search and spelling. Inside words of scripts that use joiners (Arabic,
 * Indic) and between words they are left alone. A run of the same kind is one damage.
 */
final class StrayCharacterFinder {

    private StrayCharacterFinder() {}

    static void find(String text, List<Damage> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 && c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            DamageKind kind = kindOf(c);
            if (kind == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && kindOf(text.charAt(end)) == kind) {
                end++;
            }
            if (kind != DamageKind.INVISIBLE || insideWord(text, i, end)) {
                out.add(Damage.reportOnly(kind, i, end, describe(text, i, end)));
            }
            i = end;
        }
    }

    private static DamageKind kindOf(char c) {
        if (c == '\uFFFD') {
            return DamageKind.REPLACEMENT;
        }
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
            return DamageKind.CONTROL;
        }
        if (isInvisible(c)) {
            return DamageKind.INVISIBLE;
        }
        return null;
    }

    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD'
                || c == '\u061C';
    }

    private static boolean insideWord(String text, int start, int end) {
        return start > 0 && end < text.length() && isWordLetter(text.codePointBefore(start))
                && isWordLetter(text.codePointAt(end));
    }

    /** A digit, or a letter of a script that never joins its letters with invisible marks. */
    private static boolean isWordLetter(int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        if (!Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    /** {@code U+200B ZERO WIDTH SPACE}, for the message: the character itself cannot be seen. */
    private static String describe(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = start; k < end && k < start + 3; k++) {
            char c = text.charAt(k);
            if (out.length() > 0) {
                out.append(", ");
            }
            String name = Character.getName(c);
            out.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            if (name != null) {
                out.append(' ').append(name.toLowerCase(Locale.ROOT));
            }
        }
        if (end - start > 3) {
            out.append(" and ").append(end - start - 3).append(" more");
        }
        return out.toString();
    }
}
