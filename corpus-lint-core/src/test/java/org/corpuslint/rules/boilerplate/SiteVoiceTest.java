package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The site speaking of itself ({@code we}), a magazine's title in quotation marks and link
 * texts glued together: evidence of chrome that a sentence's shape alone would hide.
 */
class SiteVoiceTest {

    @Test
    void aNoticeInTheSitesOwnVoiceIsChrome() {
        String notice = "Note: we ask readers to comment only under their own names on this page.";
        assertEquals(List.of("a.txt:5:1-5:73 warning [boilerplate] boilerplate (comment prompt):"
                + " 'Note: we ask readers to comment only under their own names…' | fix: delete"
                + " the line => 5:1-7:1 \"\""),
                findings(withMiddle(notice)));
    }

    @Test
    void weInQuotedOrReportedSpeechIsTheStory() {
        assertEquals(List.of(), findings(withMiddle(
                "\"We ask passengers to comment on the new timetable by Friday,\" the operator said.")));
        assertEquals(List.of(), findings(withMiddle(
                "Note: the council said we should all be free to comment on the plan by spring.")));
    }

    @Test
    void anAppealThatOpensWithAnImperativeSpeaksToTheReader() {
        String appeal = "Get the week's island news from the people who report it. Subscribe to"
                + " the Gazette.";
        assertEquals(List.of("a.txt:5:1-5:84 warning [boilerplate] boilerplate (subscription"
                + " notice): 'Get the week's island news from the people who report it. S…' |"
                + " fix: delete the line => 5:1-7:1 \"\""),
                findings(withMiddle(appeal)));
        // The same words in a third-person sentence are the story's.
        assertEquals(List.of(), findings(withMiddle("The Gazette asked islanders to subscribe to"
                + " the weekly paper before the ferry season began.")));
    }

    @Test
    void aKickerOrAHeadingIsNoAppeal() {
        // A caption's kicker opens with a label and a colon; a short heading is no sentence.
        assertEquals(List.of(), findings(withMiddle(
                "Watch out: the skipper talks to the crew before the race.")));
        assertEquals(List.of(), findings(withMiddle("Follow the coast path to the lighthouse")));
    }

    @Test
    void aMagazineTitleInQuotationMarksIsANameNotSpeech() {
        String promo = "Want more walks? Subscribe to our sister title \"Island Paths\" for the"
                + " best routes every month!";
        assertEquals(List.of("a.txt:5:1-5:95 warning [boilerplate] boilerplate (subscription"
                + " notice): 'Want more walks? Subscribe to our sister title \"Island Path…' |"
                + " fix: delete the line => 5:1-7:1 \"\""),
                findings(withMiddle(promo)));
    }

    @Test
    void speechInQuotationMarksStillReadsAsTheStory() {
        assertEquals(List.of(), findings(withMiddle("The skipper told islanders to \"subscribe to"
                + " the ferry alerts and stay home in a gale\" before the storm arrived.")));
    }

    @Test
    void linkTextsGluedIntoOneShortLineAreARowOfLinks() {
        assertEquals(List.of(oneLine(5, "SubscribeMy Profile", "subscription notice",
                "5:1-7:1")), findings(withMiddle("SubscribeMy Profile")));
        // A brand with an inner capital is one word, not two links.
        assertEquals(List.of(), findings(withMiddle("Harbourmaster uses PlayStation at home")));
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "", "watchOS"));
    }
}
