package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_3;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.engine.LintConfig;
import org.junit.jupiter.api.Test;

/** Boxes of links that no phrase marks, found by their layout around the story. */
class LinkListsTest {

    private static final String PROSE_4 = "Passengers queued at the ticket office from early"
            + " morning, and the cafe on the quay opened an hour before its usual time.";

    @Test
    void headlinesUnderARelatedHeadingAreOneBlockThatSaysWhy() {
        assertEquals(List.of("a.txt:9:1-11:46 warning [boilerplate] boilerplate (related-content"
                + " teaser; list of links under a related heading): 3 lines | fix: delete the"
                + " 3 lines => 8:1-12:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "More from the harbour desk",
                        "Lighthouse keepers vote to keep the old lamp",
                        "Fishing fleet returns early as gales close in"));
    }

    @Test
    void aRunOfHeadlinesAfterTheStoryIsATeaserBoxWithoutAnyCue() {
        assertEquals(List.of("a.txt:11:1-13:37 warning [boilerplate] boilerplate (related-content"
                + " teaser; run of headline-shaped lines after the story): 3 lines | fix: delete"
                + " the 3 lines => 10:1-14:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "", PROSE_4, "",
                        "Lighthouse keepers vote to keep the old lamp",
                        "Fishing fleet returns early as gales close in",
                        "Why the island bus timetable changed"));
    }

    @Test
    void theStorysOwnListsStayQuiet() {
        // Bulleted items, a list with more story after it, and a block of captions with credits.
        assertEquals(List.of(),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "- New berths for the two smaller ferries on the north quay",
                        "- A second ticket office at the station end of the pier",
                        "- Longer opening hours for the harbour cafe in the summer"));
        assertEquals(List.of(),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                        "Lighthouse keepers vote to keep the old lamp",
                        "Fishing fleet returns early as gales close in",
                        "Why the island bus timetable changed", "", PROSE_3, "", PROSE_4));
        assertEquals(List.of(),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "The first ferry leaves the harbour at dawn on Monday",
                        "Photo: Anna Berg",
                        "Harbour staff clear the slipway before the first boat arrives",
                        "Photo: Tom Reyes"));
    }

    @Test
    void aLineThatIntroducesAListEndsTheLinkList() {
        assertEquals(List.of("a.txt:5:1-5:14 warning [boilerplate] boilerplate (related-content"
                + " teaser): 'Related links' | fix: delete the line => 5:1-7:1 \"\""),
                findings(TITLE, "", PROSE_1, "", "Related links", "",
                        "The council agreed to:", "Repair the north wall", "", PROSE_2));
    }

    @Test
    void listsFoundByLayoutAreRelatedTeasersAndGoWithThatKind() {
        LintConfig config = options().ruleOption("boilerplate", "disabledKinds", "related")
                .build();
        assertEquals(List.of(),
                findings(config, TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "", PROSE_4, "",
                        "Lighthouse keepers vote to keep the old lamp",
                        "Fishing fleet returns early as gales close in",
                        "Why the island bus timetable changed"));
    }
}
