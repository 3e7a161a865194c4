package org.corpuslint.text.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditParser#inlineLabelStarts} tries the label pattern only where a match can start;
 * it must find what the pattern's own scan of every offset finds.
 */
class InlineLabelStartsTest {

    private static final String[] PIECES = {"photo", "Photo", "PHOTOS", "all", "pic", "picture",
        "credit", "image", "source", "by", "By", ":", "©", " ", " ", "\u00A0", "x", "é", "Ω",
        "1", "(", ".", "-", "_", "’", "ALL", "Pictures", "iMAGES", "Credits", "fotos", "Foto",
        "illustration", "Graphic", "screenshot", "SCREENGRAB", "Source", "photographer",
        "Photograph", "phone", "imagine", "scene", "soap", "g", "a", "p", "s", "c", "i", "f",
        "\u0131mage", "\u017Fource", "\u212A", "\u0130mage", "\uD835\uDC00", "\t"};

    @Test
    void findsWhatTheScanOfEveryOffsetFinds() {
        Random random = new Random(16);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            assertEquals(everyOffset(line), CreditParser.inlineLabelStarts(line), line);
        }
    }

    @Test
    void findsLabelsInACaption() {
        assertEquals(List.of(23), CreditParser.inlineLabelStarts("Crowds at the harbour. Photo: Jane Doe"));
        assertEquals(List.of(10, 18), CreditParser.inlineLabelStarts("Rain. (c) © 2024. photos by Ann"));
        assertEquals(List.of(), CreditParser.inlineLabelStarts("Telephoto: a lens"));
    }

    private static List<Integer> everyOffset(String text) {
        Matcher label = CreditParser.INLINE_LABEL.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (label.find()) {
            starts.add(label.start());
        }
        return starts;
    }
}
