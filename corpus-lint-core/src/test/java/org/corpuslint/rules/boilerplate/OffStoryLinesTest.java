package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-off chrome that no phrase names, between two paragraphs: a line that speaks to the
 * reader (a reader appeal) or carries a weak cue, and shares no word with the story around it.
 * The same shapes stay quiet when they are about the story, or are its own sentences,
 * questions and headings.
 */
class OffStoryLinesTest {

    private static String finding(String line, String why) {
        return "a.txt:5:1-5:" + (line.length() + 1) + " warning [boilerplate] boilerplate ("
                + why + "): '" + line + "' | fix: delete the line => 5:1-7:1 \"\"";
    }

    @Test
    void aShortLineSpeakingToTheReaderOffTheStoryIsAReaderAppeal() {
        String line = "Your choices stay on this device";
        assertEquals(List.of(finding(line, "reader appeal; shares no word with the story")),
                findings(withMiddle(line)));
    }

    @Test
    void theSameShapeAboutTheStoryIsTheStory() {
        // "ferry" is the story's word: a line that speaks of it belongs to it.
        assertEquals(List.of(), findings(withMiddle("Your ferry ticket stays valid")));
    }

    @Test
    void aWeakCueOffTheStoryIsEnoughBetweenParagraphs() {
        String line = "Consent settings";
        assertEquals(List.of(finding(line, "cookie notice; shares no word with the story")),
                findings(withMiddle(line)));
    }

    @Test
    void theSameLabelInAStoryAboutItStaysQuiet() {
        String prose = "Islanders must give their consent before the council changes the"
                + " ferry settings for the winter timetable.";
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", "Consent settings", "",
                prose, "", PROSE_2));
    }

    @Test
    void aBriefSentenceToTheReaderOffTheStoryIsANotice() {
        String line = "You have 3 free stories left this month.";
        assertEquals(List.of(finding(line, "reader appeal; shares no word with the story")),
                findings(withMiddle(line)));
        // The same shape about the story's ferries is the story talking to its readers.
        assertEquals(List.of(), findings(withMiddle("You can still catch the late ferry.")));
    }

    @Test
    void twoLinkTextsWithABarBetweenThemAreAShortMenu() {
        String line = "Account | Sign off";
        assertEquals(List.of(finding(line, "navigation link; shares no word with the story")),
                findings(withMiddle(line)));
        // Two of the story's own words with a bar between them are its own shorthand.
        assertEquals(List.of(), findings(withMiddle("Ferry | Harbour")));
        // Two dates with a bar between them are data.
        assertEquals(List.of(), findings(withMiddle("3 March 2021 | 9 May 2022")));
    }

    @Test
    void aNoticeInProseFormIsNotTheStoryItStandsIn() {
        // The prose notice mentions comments but shares no word with the story, so the
        // comment label beside it is still off the story.
        assertEquals(List.of(finding("Comment guidelines",
                "comment prompt; shares no word with the story")),
                findings(TITLE, "", PROSE_1, "", "Comment guidelines", "",
                        "Comments by members appear on this page only after a moderator has read them.", "",
                        PROSE_2));
    }

    @Test
    void aThirdPersonSentenceOffTheStoryIsTheStoryMovingOn() {
        assertEquals(List.of(), findings(withMiddle("Critics declined to comment.")));
        assertEquals(List.of(), findings(withMiddle("Moderators removed several posts.")));
    }

    @Test
    void questionsAndLongAsidesToTheReaderAreNoAppeal() {
        // An interview's or explainer's question, and an author's aside, speak to the reader too.
        assertEquals(List.of(), findings(withMiddle("Q: How do you plan your week?")));
        assertEquals(List.of(), findings(withMiddle("How will the new timetable affect you?")));
        assertEquals(List.of(), findings(withMiddle("We hope you enjoy meeting the people who"
                + " keep our lights burning every night of the long dark year, as much as we"
                + " did!")));
    }

    @Test
    void theUnitedStatesIsNotTheReader() {
        assertEquals(List.of(), findings("US airline orders new planes", "", PROSE_1, "",
                "US shares fall", "", PROSE_2));
    }

    @Test
    void anAppealWithItsPriceIsAnOffer() {
        assertEquals(List.of(), findings(withMiddle("Your lantern kit for $24")));
    }

    @Test
    void storyWordsAreComparedByTheirStems() {
        StoryWords story = new StoryWords(
                List.of("Subscribers can comment", "", "A subscription lets readers comment on"
                        + " every report."),
                List.of(evidence("Subscribers can comment"), LineEvidence.BLANK,
                        evidence("A subscription lets readers comment on every report.")));
        // The two lines share "subsc" and "comme"; the second has no cue, so it is the story.
        assertFalse(story.offStory(0));
        assertEquals(List.of("comme", "subsc"),
                StoryWords.stems("Subscribers can comment").stream().sorted().toList());
        assertTrue(StoryWords.stems("it is on the way").isEmpty());
    }

    private static LineEvidence evidence(String line) {
        PhraseMatcher matcher = Lexicon.compile(java.util.Set.of(), List.of());
        return new LineScorer(matcher, BoilerplateSettings.defaults(),
                new org.corpuslint.profile.CorpusProfile(), new CreditLines()).evidence(line, "");
    }
}
