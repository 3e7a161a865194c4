package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

class UnattributedCaptionRuleTest extends FixtureFindingsTest {

    private static final String LOST = "warning [unattributed-caption] photo caption has no"
            + " credit; the other photos here carry one";
    private static final String DESCRIBED = "warning [unattributed-caption] photo described in"
            + " the text has no credit";

    /** What the rule reports on each fixture; a fixture not listed must stay quiet. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            // Caption / credit pairs: a caption in the middle and the last one lost their credit;
            // the headline and the lead-in ending in ':' are not captions.
            "wire-gallery.txt", List.of(
                    "wire-gallery.txt:11:1-11:44 " + LOST,
                    "wire-gallery.txt:18:1-18:45 " + LOST),
            // Alt text above each caption with an inline credit: the alt texts are not
            // unattributed, the one caption that lost its inline credit is.
            "alt-text-gallery.txt", List.of("alt-text-gallery.txt:16:1-16:64 " + LOST),
            // A photo described in the prose, and one introduced by 'The image shows'; the
            // description naming its agency, the plural mention and 'Pictured:' followed by a
            // credit line are quiet.
            "prose-description.txt", List.of(
                    "prose-description.txt:4:1-4:129 " + DESCRIBED,
                    "prose-description.txt:7:1-7:63 " + DESCRIBED),
            "labelled-captions.txt", List.of("labelled-captions.txt:9:1-9:72 " + LOST));

    @Override
    Map<String, List<String>> expected() {
        return EXPECTED;
    }

    @Override
    Supplier<Rule> rule() {
        return UnattributedCaptionRule::new;
    }

    @Test
    void groupCreditCreditsEveryCaptionAboveIt() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "A trawler unloads its catch.", "Gulls circle over the fish market.",
                "Photos: Per Lunde / NTB",
                "The harbour master checks the moorings.", "Jane Doe / NTB")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void oneCreditedCaptionShowsTheCaptionsAboveItLostTheirs() {
        assertEquals(List.of("a.txt:4:1-4:29 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "", "A trawler unloads its catch.",
                "Gulls circle over the fish market.", "Jane Doe / NTB")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void aTitleAboveASingleCreditedCaptionIsNoLostCaption() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "Morning on the quay", "A trawler unloads its catch at first light.", "",
                "Jane Doe / NTB", "", "The festival closes on Sunday.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void theHeadingOfABoxOfLinksIsNoLostCaptionAboveTheTeasersBylines() {
        // Teasers of other stories with their bylines look like captions with credits; the
        // box's heading above them is not a photo that lost its credit.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "The festival closes on Sunday with a parade.", "",
                "More from the Harbour Gazette",
                "Lighthouse keepers vote to keep the old lamp", "Anna Berg",
                "Ferry timetable changes for the winter months", "Nordic Press")
                .findings(UnattributedCaptionRule::new));
        // A caption-like line in the heading's place is still a photo that lost its credit.
        assertEquals(List.of("a.txt:8:1-8:34 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "The festival closes on Sunday with a parade.", "",
                "Gulls circle over the fish market",
                "Lighthouse keepers vote to keep the old lamp", "Anna Berg",
                "Ferry timetable changes for the winter months", "Nordic Press")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void theStorysBulletedListBelowAGalleryIsNoLostCaption() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Gulls circle over the fish market.", "Per Lunde / AFP",
                "- the night ferry runs twice a week",
                "The festival, which has been held every summer since the harbour reopened, will"
                        + " close on Sunday with a parade of the old boats along the quay and a"
                        + " concert in the square, the organisers said.")
                .findings(UnattributedCaptionRule::new));
        assertEquals(List.of("a.txt:8:1-8:34 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Gulls circle over the fish market.", "Per Lunde / AFP",
                "the night ferry runs twice a week",
                "The festival, which has been held every summer since the harbour reopened, will"
                        + " close on Sunday with a parade of the old boats along the quay and a"
                        + " concert in the square, the organisers said.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void aVideoBelowAPhotosCreditIsNoPhoto() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Video: the harbour master shows how the old crane lifts a boat",
                "Gulls circle over the fish market.", "Per Lunde / AFP", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
        assertEquals(List.of("a.txt:8:1-8:65 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Early start: the harbour master shows how the crane lifts a boat",
                "Gulls circle over the fish market.", "Per Lunde / AFP", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aCompanyNameBelowItsProductPhotoIsItsCredit() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "The new electric ferry on its first crossing.", "Example Ferries, Inc.",
                "Gulls circle over the fish market.", "Per Lunde / AFP", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aSinglePhotoWithItsCreditOnTheNextLineIsCredited() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "A trawler unloads its catch at first light.", "Photo: Jane Doe", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void captionsBetweenTheLastCreditAndTheParagraphGluedBelowLostTheirs() {
        // The lost caption reports what someone said, as captions may; the paragraph glued
        // below the gallery is the article's.
        assertEquals(List.of("a.txt:8:1-8:52 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "The harbour master said the moorings were all full.",
                "The festival, which has been held every summer since the harbour reopened, will"
                        + " close on Sunday with a parade of the old boats along the quay and a"
                        + " concert in the square, the organisers said.", "",
                "Tickets are sold at the gate.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aKickerCaptionBetweenPhotosLostItsCredit() {
        assertEquals(List.of("a.txt:8:1-8:50 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Early start: a trawler unloads its catch at dawn.",
                "Gulls circle over the fish market.", "Per Lunde / AFP", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void controlsAndNoticesBelowAGalleryAreNoCaptions() {
        // A headline above a gallery counter, a notice to the reader, an appeal and a
        // copyright line: none of them is a photo that lost its credit.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Harbour festival draws record crowds to the town", "2 / 6", "",
                "Gulls circle over the fish market.", "Per Lunde / AFP",
                "Each time you open this page the settings are reset.", "",
                "A trawler unloads its catch.", "Jane Doe / NTB",
                "Sign up for the weekly harbour letter today.", "",
                "Boats return at dusk.", "Per Lunde / AFP",
                "Copyright 2024 The Harbour Gazette. All rights reserved.", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aSlideWithoutItsCreditLineInACountedSlideshowLostIt() {
        // The counter lines part the slides as blank lines would; the paragraph above the first
        // slide is not a slide.
        assertEquals(List.of("a.txt:18:1-18:37 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "Slide 1 of 4", "", "A ferry leaves the quay at first light.", "Jane Doe / NTB",
                "", "Slide 2 of 4", "", "Gulls circle over the fish market.", "Per Lunde / AFP",
                "", "Slide 3 of 4", "", "A trawler unloads its catch at noon.", "",
                "Slide 4 of 4", "", "Boats return to the harbour at dusk.", "Jane Doe / NTB",
                "", "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void repeatedPageLabelsAreNoCredits() {
        // A one-word label between paragraphs, and a button below the same disclosure each
        // time, repeat as credits of an unknown agency would; they credit nothing.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "",
                "The festival opened on Saturday with a parade of the old boats.", "",
                "Advertisement", "",
                "Visitors queued along the quay for tickets to the harbour tour.", "",
                "Advertisement", "",
                "Rain gear for the deck", "We may earn a fee from these links", "Order Today",
                "", "Boots for the quay", "We may earn a fee from these links", "Order Today",
                "", "The festival closes on Sunday with a concert in the square.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void configuredAgencyCreditsACaptionInline() {
        String[] lines = {" date 2024-05-20", "Boats in the harbour", "",
            "A ferry leaves the quay. [NTB via Reuters]",
            "A trawler unloads its catch. Fjordpost",
            "Gulls circle over the fish market. (Photo: Jane Doe/AP)"};
        assertEquals(List.of("a.txt:5:1-5:39 " + LOST), RuleFixture.corpus()
                .doc("a.txt", lines).findings(UnattributedCaptionRule::new));
        LintConfig withAgency = LintConfig.builder().threads(1)
                .ruleOption(UnattributedCaptionRule.ID, "agencies", "Fjordpost").build();
        assertEquals(List.of(), RuleFixture.corpus().config(withAgency)
                .doc("a.txt", lines).findings(UnattributedCaptionRule::new));
    }

    @Test
    void proseWithoutPhotosIsQuiet() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Ferry strike ends", "",
                "The strike ended on Monday after two weeks of talks.", "",
                "In a statement released by the union, members thanked the islanders.", "",
                "Pictures and videos show queues at the terminal.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void creditsAboveTheirCaptionsLeaveTheLastCaptionAlone() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "Jane Doe/NTB", "A ferry leaves the quay.", "Per Lunde/AFP",
                "A trawler unloads its catch.", "Jane Doe/NTB", "Gulls circle over the market.",
                "", "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void proseBetweenPhotosOfADocumentWithoutBlankLinesIsNoCaption() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "The festival opened on Saturday.",
                "A ferry leaves the quay.", "Credit...Jane Doe for The Northern Courier",
                "A trawler unloads its catch.", "Credit...Per Lunde/AFP — Getty Images",
                "The mayor spoke for an hour, according to the organisers.",
                "Gulls circle over the market.", "Credit...Jane Doe for The Northern Courier",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void captionBetweenInlineCreditedCaptionsLostItsCredit() {
        assertEquals(List.of("a.txt:7:1-7:48 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "", "The festival opened.", "",
                "FILE - A ferry leaves the quay, May 20, 2024. (AP Photo/Jane Doe, File)",
                "A trawler unloads its catch at the fish market.",
                "Gulls circle over the market. (AP Photo/Per Lunde)", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void captionBetweenTwoPhotosOfABlankLineGalleryLostItsCredit() {
        assertEquals(List.of("a.txt:10:1-10:29 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The harbour festival opened on Saturday with more visitors than in any of the"
                        + " forty years before it, the organisers said.", "",
                "A ferry leaves the quay.", "", "Jane Doe / NTB", "",
                "A trawler unloads its catch.", "",
                "Gulls circle over the fish market.", "", "Per Lunde / AFP", "",
                "Boats return at dusk.", "", "Jane Doe / NTB")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void singlePhotosAmongParagraphsAreNoGallery() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "A ferry leaves the quay.", "", "Jane Doe / NTB", "",
                "The festival opened on Saturday.", "", "A trawler unloads its catch.", "",
                "Per Lunde / AFP", "", "The festival closes on Sunday.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void captionsInARowAboveTheOnlyCreditLostTheirs() {
        // One credit below a run of captions: the top one, cut short without a stop, is no
        // title, and no photo has five lines.
        assertEquals(List.of("a.txt:6:1-6:76 " + LOST, "a.txt:7:1-7:48 " + LOST),
                RuleFixture.corpus().doc("a.txt", " date 2024-05-20", "Boats in the harbour", "",
                        "The festival opened on Saturday.", "",
                        "Dock workers unload the first crates of the season at the old grain quay in",
                        "A trawler unloads its catch at the fish market.",
                        "Gulls circle over the boats.", "Photo: Jane Doe / NTB", "",
                        "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
        assertEquals(List.of("a.txt:6:1-6:31 " + LOST, "a.txt:7:1-7:37 " + LOST,
                "a.txt:8:1-8:35 " + LOST, "a.txt:9:1-9:29 " + LOST),
                RuleFixture.corpus().doc("a.txt", " date 2024-05-20", "Boats in the harbour", "",
                        "The festival opened on Saturday.", "",
                        "A ferry leaves the quay (file)", "A trawler unloads its catch at noon.",
                        "Gulls circle over the fish market.", "Boats return to the harbour.",
                        "Crowds watch from the pier.", "Photo: Jane Doe / NTB", "",
                        "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void anAltTextRepeatingItsCaptionIsNoLostCaption() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "Dock workers unload the first crates of the season at the old grain quay near"
                        + " the ferry terminal",
                "Dock workers unload the first crates of the season at the old grain quay.",
                "Photo: Jane Doe / NTB", "", "The festival closes on Sunday.")
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void captionsBelowACaptionWithItsOwnCreditLostTheirs() {
        assertEquals(List.of("a.txt:7:1-7:37 " + LOST, "a.txt:8:1-8:30 " + LOST),
                RuleFixture.corpus().doc("a.txt", " date 2024-05-20", "Boats in the harbour", "",
                        "The festival opened on Saturday.", "",
                        "A ferry leaves the quay. [Jane Doe/NTB]",
                        "A trawler unloads its catch at noon.", "Gulls circle over the market.",
                        "The festival, which has been held every summer since the harbour"
                                + " reopened, will close on Sunday with a parade of the old"
                                + " boats along the quay and a concert in the square, the"
                                + " organisers said.", "",
                        "Tickets are sold at the gate.").findings(UnattributedCaptionRule::new));
        // One credited caption alone above a paragraph: nothing stands between them.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "A ferry leaves the quay. [Jane Doe/NTB]",
                "The festival, which has been held every summer since the harbour reopened, will"
                        + " close on Sunday with a parade of the old boats along the quay and a"
                        + " concert in the square, the organisers said.", "",
                "Tickets are sold at the gate.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aCaptionQuotingSpeechToYouIsStillACaption() {
        String[] lines = {" date 2024-05-20", "Boats in the harbour", "",
            "The festival opened on Saturday.", "", "A ferry leaves the quay.", "Jane Doe / NTB",
            "The skipper waves from the deck, shouting “See you next summer.”",
            "Gulls circle over the fish market.", "Per Lunde / AFP", "",
            "The festival closes on Sunday."};
        assertEquals(List.of("a.txt:8:1-8:65 " + LOST), RuleFixture.corpus().doc("a.txt", lines)
                .findings(UnattributedCaptionRule::new));
        lines[7] = "Before you go, pick up a map of the harbour at the gate.";
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", lines)
                .findings(UnattributedCaptionRule::new));
    }

    @Test
    void aKickerCaptionOpeningAGalleryIsNoLeadIn() {
        String[] lines = {" date 2024-05-20", "Boats in the harbour", "",
            "The festival opened on Saturday.", "",
            "Early start: a trawler unloads its catch at dawn.",
            "A ferry leaves the quay.", "Jane Doe / NTB",
            "Gulls circle over the fish market.", "Per Lunde / AFP", "",
            "The festival closes on Sunday."};
        assertEquals(List.of("a.txt:6:1-6:50 " + LOST), RuleFixture.corpus().doc("a.txt", lines)
                .findings(UnattributedCaptionRule::new));
        // A label that opens with a medium's word but names none is a kicker too.
        lines[5] = "Watch out: a trawler unloads its catch at dawn.";
        assertEquals(List.of("a.txt:6:1-6:48 " + LOST), RuleFixture.corpus().doc("a.txt", lines)
                .findings(UnattributedCaptionRule::new));
        // A lead-in that introduces the photos, a quote or a video opens the gallery.
        for (String leadIn : List.of("Here is how the day went:",
                "The mayor said: “We will open the quay again next year.”",
                "Watch live: the parade of the old boats along the quay.")) {
            lines[5] = leadIn;
            assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", lines)
                    .findings(UnattributedCaptionRule::new), leadIn);
        }
    }

    @Test
    void aShortNameBetweenCaptionsOfAnInlineCreditedRunIsACredit() {
        // The only credits of the run are inline; the bare name below the first caption is its
        // credit, so the caption below the second is the one that lost it.
        assertEquals(List.of("a.txt:9:1-9:37 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "A ferry leaves the quay at first light.", "Harbourview",
                "Gulls circle over the market. [Jane Doe/NTB]",
                "A trawler unloads its catch at noon.",
                "The festival, which has been held every summer since the harbour reopened, will"
                        + " close on Sunday with a parade of the old boats along the quay and a"
                        + " concert in the square, the organisers said.", "",
                "Tickets are sold at the gate.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aBulletedListItemAboveAGalleryBoundsIt() {
        assertEquals(List.of("a.txt:7:1-7:37 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "- the quay is closed to cars,",
                "A trawler unloads its catch at noon.", "Gulls circle over the market.",
                "Jane Doe / NTB", "- the ferry runs every hour.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void blocksOfTwoPhotosEachShowAPhotoOfTwoLines() {
        // Alt text and caption per photo, and every credited block holds one photo that lost
        // its credit: the blocks are twice a photo long, so the lost captions are reported and
        // the alt texts are not.
        assertEquals(List.of("a.txt:8:1-8:25 " + LOST, "a.txt:12:1-12:22 " + LOST),
                RuleFixture.corpus().doc("a.txt", " date 2024-05-20", "Boats in the harbour", "",
                        "The festival opened on Saturday.", "",
                        "In pictures: the harbour festival",
                        "Crowd near the quay. Flags hang from the windows",
                        "A ferry leaves the quay.",
                        "Gulls near the market. It is raining",
                        "Gulls circle over the fish market. (Photo: Jane Doe/NTB)",
                        "Boats near the pier. The sky is grey", "Boats return at dusk.",
                        "Trawler near the harbour. Lights shine in the dark",
                        "A trawler unloads its catch. (Photo: Per Lunde/AFP)", "",
                        "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
    }

    @Test
    void aDatedCopyrightNoticeIsThePagesNotNoPhotoCredit() {
        // The caption below the last credit is closed by the page's notice, not credited by it.
        assertEquals(List.of("a.txt:8:1-8:35 " + LOST), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "Boats in the harbour", "",
                "The festival opened on Saturday.", "",
                "A ferry leaves the quay.", "Jane Doe / NTB",
                "Gulls circle over the fish market.",
                "© 2024 The Harbour Gazette | Terms of Use", "",
                "The festival closes on Sunday.").findings(UnattributedCaptionRule::new));
        // Page controls around the notice, with no photo on the page, stay quiet.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Boats in the harbour", "", "The festival opened on Saturday.", "",
                "Log in to leave a comment", "© 2024 The Harbour Gazette",
                "Send a tip to the newsroom").findings(UnattributedCaptionRule::new));
    }
}
