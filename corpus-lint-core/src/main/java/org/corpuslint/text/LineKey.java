package org.corpuslint.text;

import java.util.Locale;

/**
 * The identity of a line for counting repetitions across documents: trimmed, white space
 * collapsed, lower-cased, then hashed to 64 bits (FNV-1a) so that millions of lines fit in
 * memory.
 */
public final class LineKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineKey() {}

    /** The normalised form that two lines must share to count as the same line. */
    public static String normalize(CharSequence line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The 64-bit key of {@code line}; 0 is never returned for a non-blank line. */
    public static long of(CharSequence line) {
        long ascii = ofAscii(line);
        if (ascii != 0) {
            return ascii;
        }
        String normalized = normalize(line);
        long hash = FNV_OFFSET;
        for (int i = 0; i < normalized.length(); i++) {
            hash ^= normalized.charAt(i);
            hash *= FNV_PRIME;
        }
        return hash == 0 ? 1 : hash;
    }

    /**
     * {@link #of} of an ASCII line without building its normalised form (every short line of
     * every document is keyed, in the profile pass and by rules): the same characters hashed
     * in the same order, since lower-casing ASCII is per character. 0 when the line holds a
     * character beyond ASCII, whose lower case may depend on its neighbours, or is blank.
     */
    private static long ofAscii(CharSequence line) {
        long hash = FNV_OFFSET;
        boolean started = false;
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 128) {
                return 0;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = started;
                continue;
            }
            if (pendingSpace) {
                hash = (hash ^ ' ') * FNV_PRIME;
                pendingSpace = false;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            hash = (hash ^ lower) * FNV_PRIME;
            started = true;
        }
        if (!started) {
            return 0;
        }
        return hash == 0 ? 1 : hash;
    }
}