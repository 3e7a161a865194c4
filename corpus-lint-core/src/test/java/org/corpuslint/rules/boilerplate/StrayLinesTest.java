package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_3;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines no phrase names, found by their place and by sharing no word with the story's title
 * and paragraphs: after the story, glued to the start of a paragraph, or beside other chrome
 * above the first paragraph. The same places stay quiet for the story's own data, captions,
 * credits, labels with their values and lines about the story.
 */
class StrayLinesTest {

    @Test
    void aFooterLabelAfterTheStoryIsStray() {
        assertEquals(List.of("a.txt:7:1-7:18 warning [boilerplate] boilerplate (stray line off"
                + " the story; after the story, shares no word with it): 'Printing partners'"
                + " | fix: delete the line => 6:1-8:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "Printing partners"));
    }

    @Test
    void aLineAfterTheStoryAboutItStaysQuiet() {
        // "harbour" is the story's word.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Harbour timetables"));
    }

    @Test
    void aStoryOfOneParagraphHasNoPlaceAfterIt() {
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", "Printing partners"));
    }

    @Test
    void theStorysOwnDataAfterItStaysQuiet() {
        // A table under the story: one line off its words, beside one that shares them.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Harbour league", "", "Ninth place"));
        // Names of a crew, with initials, commas or places in brackets.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Adams, Barrow, Cotter."));
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "T Mallory (Penzance)"));
        // A label with its value.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Umpire: Dora Quist"));
    }

    @Test
    void aCaptionAndItsCreditAfterTheStoryStayQuiet() {
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Walkers on the dunes at noon", "Photograph: Ivo Lind/Coast Press"));
    }

    @Test
    void aLabelGluedToTheStartOfAParagraphIsStray() {
        assertEquals(List.of("a.txt:5:1-5:13 warning [boilerplate] boilerplate (stray line off"
                + " the story; glued to a paragraph, shares no word with the story):"
                + " 'Member perks' | fix: delete the line => 5:1-6:1 \"\""),
                findings(TITLE, "", PROSE_1, "", "Member perks", PROSE_2, "", PROSE_3));
    }

    @Test
    void aCaptionGluedToAParagraphStaysQuiet() {
        // A caption set into the text has a headline's shape.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "",
                "Walkers cross the empty dunes at noon", PROSE_2, "", PROSE_3));
    }

    @Test
    void aGluedLineIsNoSignWhereParagraphsAreNotSetApart() {
        assertEquals(List.of(), findings(TITLE, PROSE_1, "Member perks", PROSE_2, PROSE_3));
    }

    @Test
    void aShortLineBesideChromeAboveTheStoryJoinsIt() {
        assertEquals(List.of("a.txt:2:1-3:13 warning [boilerplate] boilerplate (share/follow"
                + " prompt, stray line off the story; beside other chrome, shares no word with"
                + " the story): 2 lines | fix: delete the 2 lines => 2:1-5:1 \"\""),
                findings(TITLE, "Share on Facebook", "Member perks", "", PROSE_1, "",
                        PROSE_2));
    }

    @Test
    void aLineAboutTheStoryBesideChromeStaysOut() {
        assertEquals(List.of("a.txt:2:1-2:18 warning [boilerplate] boilerplate (share/follow"
                + " prompt): 'Share on Facebook' | fix: delete the line => 2:1-3:1 \"\""),
                findings(TITLE, "Share on Facebook", "Harbour desk", "", PROSE_1, "",
                        PROSE_2));
    }

    @Test
    void theKindCanBeSwitchedOff() {
        assertEquals(List.of(), findings(options().ruleOption("boilerplate", "disabledKinds",
                "stray").build(), TITLE, "", PROSE_1, "", PROSE_2, "", "Printing partners"));
    }

    @Test
    void namesListsAreCapitalisedWordsWithSeparators() {
        assertTrue(StrayLines.namesList("Adams, Barrow, Cotter."));
        assertTrue(StrayLines.namesList("T Mallory"));
        assertFalse(StrayLines.namesList("Reprint Permissions"));
        assertFalse(StrayLines.namesList("Terms, conditions"));
    }
}
