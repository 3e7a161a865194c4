package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The photo layout asks every line whether it is a name, a gallery counter, a labelled caption
 * or a photo description; quick tests spare most lines the patterns. They must never turn
 * away a line the pattern accepts, on random lines made of the patterns' own words and
 * near misses.
 */
class LinePrefiltersTest {

    private static final String[] PIECES = {"Jane", "Doe", "of", "the", "van", "O'Neil",
        "Press", "Eye", "Ærø", "élan", "É", "\uD801\uDC00", "\u212A", " ", "  ", "\t",
        "\u00A0", "\u2003", ".", "-", "’", ",", ":", "3", "12", "of", "/", "Image", "photo",
        "PICTURE", "Slide", "gallery", "caption", "Caption", "Video", "In", "a", "an", "this",
        "photograph", "provided", "released", "by", "KCNA", "Pictured", "Photographed",
        "Shown", "Above", "Below", "Top", "Main", "The", "A", "still", "Still", "screenshot",
        "SCREENGRAB", "frame", "handout", "undated", "shows", "depicts", "captures", "here",
        "\u0131mage", "\u017Ftill", "\u0130mage", "Pıctured", "x", "\n"};

    @Test
    void quickTestsTurnAwayNoMatch() {
        Random random = new Random(21);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = text.toString();
            String stripped = line.strip();
            assertEquals(NameLine.PATTERN.matcher(stripped).matches(), NameLine.is(stripped),
                    line);
            assertEquals(CaptionText.GALLERY_COUNTER.matcher(stripped).matches(),
                    CaptionText.isGalleryCounter(line), line);
            if (PhotoLayout.CAPTION_LABEL.matcher(stripped).matches()) {
                assertTrue(PhotoLayout.mayBeCaptionLabel(line), line);
            }
            if (ImageDescription.OPENING.matcher(stripped).lookingAt()) {
                assertTrue(ImageDescription.mayOpenAsDescription(line), line);
            }
        }
    }

    @Test
    void quickTestsLetTheirFormsThrough() {
        assertTrue(NameLine.is("Jane van Doe"));
        assertTrue(CaptionText.isGalleryCounter(" Image 3 of 12 "));
        assertTrue(PhotoLayout.mayBeCaptionLabel("  Image caption, a harbour"));
        assertTrue(ImageDescription.mayOpenAsDescription("In an undated SCREENGRAB released"));
        assertTrue(ImageDescription.mayOpenAsDescription("Pictured: the pier"));
        assertEquals(false, ImageDescription.mayOpenAsDescription("Council members met on Monday."));
    }
}
