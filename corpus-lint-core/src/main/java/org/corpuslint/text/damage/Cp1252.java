package org.corpuslint.text.damage;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Windows-1252 as the wrong decoder applied it, both ways, taken from the JDK's charset. The
 * five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as the C1
 * control of the same number, as Latin-1 and most decoders that do not fail give them; so every
 * byte has one character and every such character one byte.
 */
final class Cp1252 {

    /** The bytes Windows-1252 leaves undefined. */
    static final int[] UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    private static final char[] BYTE_TO_CHAR = new char[256];
    /** For the characters above U+00FF that Windows-1252 puts at 0x80..0x9F. */
    private static final char[] SPECIAL_CHARS = new char[32];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] {(byte) b}, cp1252);
            char c = decoded.length() == 1 ? decoded.charAt(0) : '\uFFFD';
            BYTE_TO_CHAR[b] = c == '\uFFFD' ? (char) b : c;
        }
        Arrays.fill(SPECIAL_CHARS, '\0');
        for (int b = 0x80; b < 0xA0; b++) {
            SPECIAL_CHARS[b - 0x80] = BYTE_TO_CHAR[b];
        }
    }

    private Cp1252() {}

    /** The byte that decodes to {@code c}, or -1 when no byte does. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c; // ASCII, Latin-1 and the C1 controls a Latin-1 decoding leaves
        }
        for (int i = 0; i < SPECIAL_CHARS.length; i++) {
            if (SPECIAL_CHARS[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** The characters the wrong decoding made of {@code bytes}. */
    static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            out.append(BYTE_TO_CHAR[b & 0xFF]);
        }
        return out.toString();
    }
}
