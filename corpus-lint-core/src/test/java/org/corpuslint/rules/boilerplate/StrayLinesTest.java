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
 * and paragraphs: after the story, or glued to the start of a paragraph. The same places stay
 * quiet for the story's own data, captions, credits, labels with their values, short sentences
 * and lines about the story, and a line above the story is never stray.
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
    void aShortSentenceOrASingleWordAfterTheStoryIsTheStorys() {
        // The story's closing line in the third person moves to new words.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "Nobody was hurt."));
        // One word alone (a name, a brand) says too little to be judged off the story.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "", "Zephyrine"));
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
    void aShortLineAboveTheStoryIsNoStrayLine() {
        // Above the first paragraph stand bylines, datelines and kickers: short and off the
        // story's words, so place says nothing there, even beside chrome.
        assertEquals(List.of("a.txt:2:1-2:18 warning [boilerplate] boilerplate (share/follow"
                + " prompt): 'Share on Facebook' | fix: delete the line => 2:1-3:1 \"\""),
                findings(TITLE, "Share on Facebook", "Vera Quill", "", PROSE_1, "", PROSE_2));
        // Nor glued to the first paragraph.
        assertEquals(List.of(), findings(TITLE, "", "Vera Quill", PROSE_1, "", PROSE_2, "",
                PROSE_3));
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
