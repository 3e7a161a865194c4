package org.corpuslint.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * How one file's bytes are text: a character set and the byte order mark the file starts with,
 * if any. A byte order mark decides, whatever the configured encoding (a UTF-16 file in a UTF-8
 * corpus is read as UTF-16); without one the configured encoding applies, {@code UTF-16} and
 * {@code UTF-32} meaning big-endian as their standards say. Reading and writing go through the
 * same object, so {@code fix} writes a file back in the encoding and with the mark it had.
 *
 * @param charset the character set of the bytes after the mark, never one that writes a mark
 *     of its own
 * @param byteOrderMark the mark's bytes, empty when the file has none
 */
public record TextEncoding(Charset charset, byte[] byteOrderMark) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** Longest first: the UTF-32LE mark starts with the UTF-16LE one. */
    private static final Object[][] MARKS = {
        {bytes(0x00, 0x00, 0xFE, 0xFF), UTF_32BE},
        {bytes(0xFF, 0xFE, 0x00, 0x00), UTF_32LE},
        {bytes(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8},
        {bytes(0xFE, 0xFF), StandardCharsets.UTF_16BE},
        {bytes(0xFF, 0xFE), StandardCharsets.UTF_16LE},
    };

    public TextEncoding {
        byteOrderMark = byteOrderMark.clone();
    }

    /** The encoding of {@code bytes}: by its byte order mark, else {@code configured}. */
    public static TextEncoding of(byte[] bytes, Charset configured) {
        for (Object[] mark : MARKS) {
            byte[] prefix = (byte[]) mark[0];
            if (bytes.length >= prefix.length
                    && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
                return new TextEncoding((Charset) mark[1], prefix);
            }
        }
        return new TextEncoding(withoutOwnMark(configured), new byte[0]);
    }

    /** {@code UTF-16} and {@code UTF-32} write a mark of their own: their big-endian forms don't. */
    private static Charset withoutOwnMark(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.equals("UTF-16")) {
            return StandardCharsets.UTF_16BE;
        }
        if (name.equals("UTF-32")) {
            return UTF_32BE;
        }
        return charset;
    }

    /**
     * Whether a character takes several bytes of which some may be 0 (UTF-16, UTF-32): then a
     * NUL byte says nothing, and only a NUL character in the decoded text marks a binary file.
     */
    public boolean wide() {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.contains("UTF-16") || name.contains("UTF-32");
    }

    /** The text of {@code bytes} (which start with this encoding's mark), without the mark. */
    public String decode(byte[] bytes) throws CharacterCodingException {
        int offset = byteOrderMark.length;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The platform's UTF-8 decoding writes compact strings directly, without the strict
            // decoder's char buffer and its copy; it replaces malformed input with U+FFFD, so a
            // text without that character had none, and one with it is decoded strictly.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return decoder().decode(ByteBuffer.wrap(bytes, byteOrderMark.length,
                bytes.length - byteOrderMark.length)).toString();
    }

    /** A strict decoder (malformed input is an error, never a replacement character). */
    public CharsetDecoder decoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** {@code text} as bytes of this encoding, led by its mark. */
    public byte[] encode(String text) throws CharacterCodingException {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer body = encoder.encode(CharBuffer.wrap(text));
        byte[] out = new byte[byteOrderMark.length + body.remaining()];
        System.arraycopy(byteOrderMark, 0, out, 0, byteOrderMark.length);
        body.get(out, byteOrderMark.length, body.remaining());
        return out;
    }

    @Override
    public byte[] byteOrderMark() {
        return byteOrderMark.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextEncoding that && charset.equals(that.charset)
                && Arrays.equals(byteOrderMark, that.byteOrderMark);
    }

    @Override
    public int hashCode() {
        return 31 * charset.hashCode() + Arrays.hashCode(byteOrderMark);
    }

    @Override
    public String toString() {
        return charset.name() + (byteOrderMark.length > 0 ? " with byte order mark" : "");
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
