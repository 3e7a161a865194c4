package org.corpuslint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineKeyTest {

    /** The key as defined: FNV-1a over the normalised line, 0 turned into 1. */
    private static long reference(CharSequence line) {
        String normalized = LineKey.normalize(line);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < normalized.length(); i++) {
            hash = (hash ^ normalized.charAt(i)) * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    @Test
    void keysEveryLineAsItsNormalisedForm() {
        for (String line : List.of("", "   ", "\t", "Share this article", "  Share \t this ARTICLE  ",
                "Photo: Getty Images", "Caf\u00e9 prices rose", "\u0130stanbul NEWS",
                "ΟΔΟΣ ΣΑΣ", "a\u00a0b", "x\u2003y", "Line with trailing space \r")) {
            assertEquals(reference(line), LineKey.of(line), line);
        }
    }

    @Test
    void keysRandomLinesAsTheirNormalisedForm() {
        Random random = new Random(16);
        String alphabet = "aZz09 \t\u000b\u001f.,'\"\u00e9\u00a0\u0130\u03a3";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(128));
            }
            assertEquals(reference(line), LineKey.of(line), line.toString());
        }
    }

    @Test
    void caseAndSpacingDoNotMatterButWordsDo() {
        assertEquals(LineKey.of("Read more: the full story"), LineKey.of(" READ  more:\tthe full STORY "));
        assertNotEquals(LineKey.of("Read more"), LineKey.of("Read less"));
    }
}
