package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** What real pages hold that looks like chrome and is the article: all quiet. */
class RealPageProseTest {

    @Test
    void anEmbeddedSocialPostIsQuoted() {
        assertEquals(List.of(), findings(withMiddle("Nobody in this town will ever forget the"
                + " night the lighthouse went dark. pic.twitter.com/Ab12Cd34")));
        assertEquals(List.of(), findings(withMiddle("The harbour looked beautiful this morning,"
                + " follow the ferry on its way out https://t.co/Xy98Zw")));
    }

    @Test
    void aWebAddressBetweenParagraphsCitesASource() {
        assertEquals(List.of(), findings(withMiddle("https://harbour.example.org/report-2024")));
        // After the story the same line is a link the page left.
        assertEquals(List.of("a.txt:7:1-7:40 warning [boilerplate] boilerplate (navigation link):"
                + " 'https://harbour.example.org/report-2024' | fix: delete the line => 6:1-8:1"
                + " \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "https://harbour.example.org/report-2024"));
    }

    @Test
    void aCopyrightSignBeforeANameIsAPhotoCredit() {
        assertEquals(List.of(), findings(withMiddle("© Anna Berg")));
        assertEquals(List.of(), findings(withMiddle("The quay at dawn, photo © Tom Reyes")));
    }

    @Test
    void aDatedCopyrightLineIsStillAFooter() {
        assertEquals(List.of("a.txt:7:1-7:27 warning [boilerplate] boilerplate (copyright"
                + " footer): '© 2024 Harbour Gazette Ltd' | fix: delete the line => 6:1-8:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "© 2024 Harbour Gazette Ltd"));
    }

    @Test
    void recurringPhotoCreditsAreNotRepeatedLines() {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < 6; i++) {
            String[] story = BoilerplateFixtures.story(i);
            corpus.doc("s" + i + ".txt", story[0], story[1], story[2], story[3],
                    "© Anna Berg", "", story[4]);
        }
        assertEquals(List.of(), corpus.findings(BoilerplateRule::new));
    }

    @Test
    void aPhotoCreditBetweenTwoBlocksAfterTheStoryIsNotChrome() {
        assertEquals(List.of(
                "a.txt:7:1-7:19 warning [boilerplate] boilerplate (share/follow prompt): 'Share"
                        + " this article' | fix: delete the line => 7:1-8:1 \"\"",
                "a.txt:9:1-9:14 warning [boilerplate] boilerplate (related-content teaser):"
                        + " 'Tags: ferries' | fix: delete the line => 9:1-10:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "Share this article",
                        "Photograph: Anna Berg/Nordic Press", "Tags: ferries"));
    }

    @Test
    void anOfferWithItsPriceIsWhatADealsStoryLists() {
        assertEquals(List.of(), findings(withMiddle("Get it at Harbour Outfitters for $49.99")));
        assertEquals(List.of(), findings(withMiddle("Sign up for the ferry pass for $12 a month")));
    }

    @Test
    void reportedProseThatMentionsALexiconWord() {
        assertEquals(List.of(), findings(withMiddle("The ferry operator said it will donate the"
                + " old boat to the island museum, and may earn a commission on the sale.")));
        assertEquals(List.of(), findings(withMiddle("Read on for the full list of new sailing"
                + " times, which the operator published on Monday.")));
    }

    @Test
    void aCounterOfGoalsIsNotAGallery() {
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", "3-1", "", PROSE_2));
    }
}
