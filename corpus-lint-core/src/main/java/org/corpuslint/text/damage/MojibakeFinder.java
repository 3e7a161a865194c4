package org.corpuslint.text.damage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Mojibake: UTF-8 text whose bytes were decoded as Windows-1252 (or Latin-1), so that each
 * non-ASCII character became two to four characters ({@code ’} → {@code â€™}, {@code é} →
 * {@code Ã©}). A run is repaired by encoding it back to those bytes and decoding them as UTF-8,
 * strictly; the repair is kept only when re-encoding it the wrong way again gives the damaged
 * text back exactly, and repeated while the result is itself mojibake (text damaged twice).
 *
 * <p>A single two-byte sequence is accepted only with the lead characters that mojibake of
 * Western European text produces ({@code Â}, {@code Ã}, {@code Ä}, {@code Å}), and a single
 * three- or four-byte one only when it decodes to punctuation, a currency or letter-like sign,
 * a byte order mark, U+FFFD or an emoji: an accented capital before a closing quote
 * ({@code OLÉ”}) is a valid UTF-8 sequence too, but decodes to a letter no mojibake makes.
 * Two or more sequences in a row are accepted whatever they decode to.
 *
 * <p>A decoder that replaces the five bytes Windows-1252 leaves undefined writes U+FFFD for
 * them ({@code â€�} for {@code ”}): such a sequence is mojibake still, but which byte was lost
 * cannot be known, so it is reported without a repair.
 */
final class MojibakeFinder {

    private static final int MAX_PASSES = 3;

    private MojibakeFinder() {}

    static void find(String text, List<Damage> out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) < 0xC2) {
                i++;
                continue;
            }
            int runEnd = i;
            int sequences = 0;
            boolean plausibleAlone = false;
            int length;
            while ((length = sequenceLength(text, runEnd)) > 0) {
                if (sequences == 0) {
                    plausibleAlone = plausibleAlone(text, runEnd, length);
                }
                runEnd += length;
                sequences++;
            }
            if (sequences == 0 || (sequences == 1 && !plausibleAlone)) {
                i++;
                continue;
            }
            String damaged = text.substring(i, runEnd);
            if (damaged.indexOf('\uFFFD') >= 0) {
                // A byte Windows-1252 does not define became U+FFFD: which one is lost.
                out.add(Damage.reportOnly(DamageKind.MOJIBAKE, i, runEnd,
                        "UTF-8 text decoded as Windows-1252, with a byte lost"));
                i = runEnd;
                continue;
            }
            String repaired = repair(damaged);
            String charset = wrongDecoding(repaired, damaged);
            if (charset == null) {
                // Latin-1 and Windows-1252 mixed (U+0080 where € belongs): not exact.
                out.add(Damage.reportOnly(DamageKind.MOJIBAKE, i, runEnd,
                        "UTF-8 text decoded as Windows-1252 or Latin-1"));
                i = runEnd;
                continue;
            }
            int passes = 1;
            String next;
            while (passes < MAX_PASSES && (next = repairAll(repaired)) != null) {
                repaired = next;
                passes++;
            }
            String detail = "UTF-8 text decoded as " + charset
                    + (passes > 1 ? ", " + passes + " times" : "");
            out.add(new Damage(DamageKind.MOJIBAKE, i, runEnd, repaired, detail));
            i = runEnd;
        }
    }

    /**
     * The length of the mojibake of one UTF-8 sequence starting at {@code at}, or 0: a lead
     * byte's character followed by as many continuation bytes' characters as it announces,
     * which decode as UTF-8 strictly.
     */
    private static int sequenceLength(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        int lead = Cp1252.byteOf(text.charAt(at));
        int continuations;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
        } else {
            return 0;
        }
        if (at + continuations >= text.length()) {
            return 0;
        }
        byte[] bytes = new byte[continuations + 1];
        bytes[0] = (byte) lead;
        int lost = -1;
        for (int k = 1; k <= continuations; k++) {
            char c = text.charAt(at + k);
            if (c == '\uFFFD' && lost < 0) {
                lost = k;
                continue;
            }
            int b = Cp1252.byteOf(c);
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            bytes[k] = (byte) b;
        }
        if (lost < 0) {
            return strictUtf8(bytes) == null ? 0 : continuations + 1;
        }
        for (int b : Cp1252.UNDEFINED) {
            bytes[lost] = (byte) b;
            if (strictUtf8(bytes) != null) {
                return continuations + 1;
            }
        }
        return 0;
    }

    private static boolean plausibleAlone(String text, int at, int length) {
        char lead = text.charAt(at);
        if (length == 2) {
            return lead >= '\u00C2' && lead <= '\u00C5';
        }
        String decoded = repair(text.substring(at, at + length));
        int cp = decoded.codePointAt(0);
        return (cp >= 0x2000 && cp <= 0x214F) // punctuation, currency, letter-like (™)
                || cp == 0xFEFF || cp == 0xFFFD
                || (cp >= 0x1F000 && cp <= 0x1FAFF); // emoji
    }

    /** The UTF-8 text of the wrong decoding's bytes, which {@link #sequenceLength} checked. */
    private static String repair(String damaged) {
        byte[] bytes = new byte[damaged.length()];
        for (int k = 0; k < damaged.length(); k++) {
            bytes[k] = (byte) Cp1252.byteOf(damaged.charAt(k));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * {@code text} with its whole content repaired once more, when it is entirely mojibake
     * again (damaged twice) and the repair goes back exactly; else {@code null}.
     */
    private static String repairAll(String text) {
        int at = 0;
        while (at < text.length()) {
            int length = sequenceLength(text, at);
            if (length == 0) {
                return null;
            }
            at += length;
        }
        String repaired = repair(text);
        return roundTrips(repaired, text) ? repaired : null;
    }

    /** Whether decoding {@code repaired}'s UTF-8 bytes the wrong way gives {@code damaged}. */
    static boolean roundTrips(String repaired, String damaged) {
        return wrongDecoding(repaired, damaged) != null;
    }

    /**
     * The charset whose decoding of {@code repaired}'s UTF-8 bytes gives {@code damaged}
     * exactly, or {@code null}: the check that the repair is the inverse of the damage.
     */
    static String wrongDecoding(String repaired, String damaged) {
        byte[] utf8 = repaired.getBytes(StandardCharsets.UTF_8);
        if (Cp1252.decode(utf8).equals(damaged)) {
            return "Windows-1252";
        }
        if (new String(utf8, StandardCharsets.ISO_8859_1).equals(damaged)) {
            return "Latin-1";
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
