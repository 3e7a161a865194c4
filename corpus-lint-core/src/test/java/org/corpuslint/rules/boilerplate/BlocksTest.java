package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_3;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findingsOfRaw;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of boilerplate lines are one finding, and the fix deletes whole lines cleanly. */
class BlocksTest {

    private static final String TAIL = "Sign up for our morning newsletter and get the day's top"
            + " stories in your inbox.\n\n"
            + "Independent journalism costs money. If you value our reporting, please support us"
            + " with a monthly donation today.\n\n"
            + "Donate now\n";

    @Test
    void newsletterAndDonationAfterTheArticleAreOneBlockWithBothKinds() {
        String text = TITLE + "\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + TAIL;
        assertEquals(List.of("a.txt:7:1-11:11 warning [boilerplate] boilerplate (newsletter"
                + " sign-up, donation appeal): 3 lines | fix: delete the 3 lines => 6:1-12:1 \"\""),
                findingsOfRaw(text));
        // The blank line before the block goes with it; the final line break stays.
        assertEquals(TITLE + "\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n", fixed(text));
    }

    @Test
    void headBlockTakesTheBlankLinesAfterIt() {
        String text = "Skip to content\nMenu\n\n \n" + TITLE + "\n\n" + PROSE_1 + "\n";
        assertEquals(List.of("a.txt:1:1-2:5 warning [boilerplate] boilerplate (navigation link):"
                + " 2 lines | fix: delete the 2 lines => 1:1-5:1 \"\""), findingsOfRaw(text));
        assertEquals(TITLE + "\n\n" + PROSE_1 + "\n", fixed(text));
    }

    @Test
    void middleBlockLeavesOneParagraphBreak() {
        String text = TITLE + "\n\n" + PROSE_1 + "\n\nAdvertisement\n\n" + PROSE_2 + "\n";
        assertEquals(TITLE + "\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n", fixed(text));
    }

    @Test
    void windowsLineEndsAreKept() {
        String text = "Share\r\n\r\n" + TITLE + "\r\n\r\n" + PROSE_1 + "\r\n\r\nAdd a comment\r\n";
        assertEquals(List.of(
                "a.txt:1:1-1:6 warning [boilerplate] boilerplate (share/follow prompt): 'Share'"
                        + " | fix: delete the line => 1:1-3:1 \"\"",
                "a.txt:7:1-7:14 warning [boilerplate] boilerplate (comment prompt): 'Add a"
                        + " comment' | fix: delete the line => 6:1-8:1 \"\""),
                findingsOfRaw(text));
        assertEquals(TITLE + "\r\n\r\n" + PROSE_1 + "\r\n", fixed(text));
    }

    @Test
    void aWeakLineNextToABlockJoinsIt() {
        // "Any amount" alone in the middle is not enough; next to an appeal it is part of it.
        String text = TITLE + "\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n\n"
                + "Please support the Gazette with a recurring donation.\n"
                + "Any amount\n";
        assertEquals(List.of("a.txt:7:1-8:11 warning [boilerplate] boilerplate (donation appeal):"
                + " 2 lines | fix: delete the 2 lines => 6:1-9:1 \"\""), findingsOfRaw(text));
    }

    @Test
    void proseBetweenTwoBlocksKeepsThemApart() {
        String text = TITLE + "\n\n" + PROSE_1 + "\n\nRead more: Island bus routes change\n\n"
                + PROSE_2 + "\n\n" + PROSE_3 + "\n\nComments are closed\n";
        assertEquals(List.of(
                "a.txt:5:1-5:36 warning [boilerplate] boilerplate (related-content teaser):"
                        + " 'Read more: Island bus routes change' | fix: delete the line =>"
                        + " 5:1-7:1 \"\"",
                "a.txt:11:1-11:20 warning [boilerplate] boilerplate (comment prompt): 'Comments"
                        + " are closed' | fix: delete the line => 10:1-12:1 \"\""),
                findingsOfRaw(text));
    }

    @Test
    void theTitleIsNeverSwallowedBetweenHeadChrome() {
        String text = "Share\n\n" + TITLE + "\n\nAdvertisement\n\n" + PROSE_1 + "\n";
        assertEquals(List.of(
                "a.txt:1:1-1:6 warning [boilerplate] boilerplate (share/follow prompt): 'Share'"
                        + " | fix: delete the line => 1:1-3:1 \"\"",
                "a.txt:5:1-5:14 warning [boilerplate] boilerplate (advertisement label):"
                        + " 'Advertisement' | fix: delete the line => 5:1-7:1 \"\""),
                findingsOfRaw(text));
    }

    @Test
    void aDocumentOfOnlyChromeIsDeletedWhole() {
        assertEquals("", fixed("Share\n\nAdvertisement\n"));
    }

    @Test
    void bodyAfterTheDateHeaderIsCheckedAndTheHeaderKept() {
        String text = " date 2024-06-19\nShare\n" + TITLE + "\n\n" + PROSE_1 + "\n";
        assertEquals(List.of("a.txt:2:1-2:6 warning [boilerplate] boilerplate (share/follow"
                + " prompt): 'Share' | fix: delete the line => 2:1-3:1 \"\""), findingsOfRaw(text));
        assertEquals(" date 2024-06-19\n" + TITLE + "\n\n" + PROSE_1 + "\n", fixed(text));
    }
}
