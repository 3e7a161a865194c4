package org.corpuslint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return TextEncoding.of(bytes, StandardCharsets.UTF_8).decode(bytes);
    }

    @Test
    void utf8TextOfEveryWidthIsDecodedAsTheStrictDecoderDecodesIt() throws Exception {
        for (String text : new String[] {"plain ascii", "Café £5 – “quoted”", "Ελλάδα",
            "emoji \uD83D\uDCF0 paper", "\uFEFFmarked"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
            assertEquals(expected, decode(bytes), text);
        }
    }

    /** A replacement character written in the file is text, not a sign of damage. */
    @Test
    void aReplacementCharacterInValidInputIsKept() throws Exception {
        assertEquals("lost \uFFFD here", decode("lost \uFFFD here".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedUtf8IsStillAnError() {
        byte[][] malformed = {
            {'a', (byte) 0xFF, 'b'},
            {'a', (byte) 0xC3}, // a sequence cut at the end
            {(byte) 0xC0, (byte) 0xAF}, // an overlong slash
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        };
        for (byte[] bytes : malformed) {
            assertThrows(CharacterCodingException.class, () -> decode(bytes));
        }
    }
}
