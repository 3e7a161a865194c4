package org.corpuslint.text.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditParser#gluedStart} searches only the end of a line; it must find what the
 * pattern's scan of the whole line finds after the same position.
 */
class GluedStartTest {

    private static final String[] PIECES = {"a", "b", "é", "1", "22", "A", "Jane", "É", ".",
        "!", "?", "”", "\"", "’", ")", " ", "\t", "/", "\uD801\uDC00", "\uD801\uDC28", "x",
        "Doe", "on Friday", "\uD835\uDFCE"};

    @Test
    void findsWhatTheWholeLineScanFinds() {
        Random random = new Random(9);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            int after = random.nextInt(line.length() + 2) - 1;
            int whole = wholeLine(line);
            assertEquals(whole > after ? whole : -1, CreditParser.gluedStart(line, after),
                    line + " after " + after);
        }
    }

    @Test
    void findsTheCreditAfterTheLastSentence() {
        String line = "Boats in the bay. Crowds on the pier on Friday.Jane Doe/Reuters";
        assertEquals(47, CreditParser.gluedStart(line, 18));
        assertEquals(-1, CreditParser.gluedStart(line, 47));
    }

    private static int wholeLine(String text) {
        Matcher glued = CreditParser.GLUED.matcher(text);
        int start = -1;
        while (glued.find()) {
            start = glued.end();
        }
        return start;
    }
}
