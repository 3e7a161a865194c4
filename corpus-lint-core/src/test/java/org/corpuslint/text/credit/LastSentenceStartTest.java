package org.corpuslint.text.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditParser#lastSentenceStart} scans once from the end; it must give what its
 * definition gives: the greatest end of any separator's last occurrence.
 */
class LastSentenceStartTest {

    private static final String[] PIECES = {"a", "B", ".", "!", "?", "-", "–", "—", "|", " ",
        " ", "\t", "x", "’", "\u00A0"};

    @Test
    void everySeparatorEndsInASpaceOrATab() {
        // the scan from the end looks only at spaces and tabs
        for (String separator : CreditParser.SEPARATORS) {
            assertTrue(separator.endsWith(" ") || separator.endsWith("\t"), separator);
        }
    }

    @Test
    void equalsTheGreatestEndOfAnySeparator() {
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            assertEquals(byDefinition(line), CreditParser.lastSentenceStart(line), line);
        }
    }

    @Test
    void findsTheLastSeparator() {
        assertEquals(-1, CreditParser.lastSentenceStart("Jane Doe/Reuters"));
        assertEquals(14, CreditParser.lastSentenceStart("Fire at dawn. Jane Doe - AP"
                .substring(0, 22)));
        assertEquals(25, CreditParser.lastSentenceStart("Fire at dawn. Jane Doe - AP"));
        assertEquals(10, CreditParser.lastSentenceStart("A river.  Jane Doe"));
    }

    private static int byDefinition(String text) {
        int last = -1;
        for (String separator : CreditParser.SEPARATORS) {
            int at = text.lastIndexOf(separator);
            if (at >= 0) {
                last = Math.max(last, at + separator.length());
            }
        }
        return last;
    }
}
