package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Lines that recur across many distinct stories: photo credits and third-person sentences
 * recur because photographers and quotes do, and are not boilerplate by recurring; chrome that
 * recurs still is.
 */
class RecurringLinesTest {

    private static final int STORIES = 12;

    /** {@code STORIES} distinct stories with {@code middle} after the first paragraph. */
    private static RuleFixture corpus(List<String> middle, List<String> end) {
        RuleFixture fixture = RuleFixture.corpus();
        for (int i = 0; i < STORIES; i++) {
            String[] story = BoilerplateFixtures.story(2000 + i);
            List<String> lines = new ArrayList<>(List.of(story[0], story[1], story[2], ""));
            if (!middle.isEmpty()) {
                lines.addAll(middle);
                lines.add("");
            }
            lines.add(story[4]);
            if (!end.isEmpty()) {
                lines.add("");
                lines.addAll(end);
            }
            fixture.doc("story-" + i + ".txt", lines.toArray(String[]::new));
        }
        return fixture;
    }

    @Test
    void recurringPhotoCreditsAreQuiet() {
        RuleFixture fixture = corpus(List.of("Photograph: Jane Doe/The Island Courier",
                "Ola Berg for The Harbour Times", "Picture: Kari Lunde"), List.of());
        assertEquals(List.of(), fixture.findings(BoilerplateRule::new));
    }

    @Test
    void aRecurringThirdPersonSentenceWithALexiconWordIsQuiet() {
        // Reported (it says who said it), and long third-person prose.
        RuleFixture fixture = corpus(List.of(),
                List.of("The trust said it will donate $8m to victims.", "",
                        "The harbour trust will donate eight million to the families of the"
                                + " crew."));
        assertEquals(List.of(), fixture.findings(BoilerplateRule::new));
    }

    @Test
    void aRecurringCaptionIsQuiet() {
        RuleFixture fixture = corpus(List.of("A trawler waits at the quay in the morning fog"),
                List.of());
        assertEquals(List.of(), fixture.findings(BoilerplateRule::new));
    }

    @Test
    void chromeThatRecursAcrossDistinctStoriesIsStillFound() {
        RuleFixture fixture = corpus(List.of(),
                List.of("Harbour Desk Evening Edition", "Get the morning briefing in your inbox"));
        assertEquals(List.of("story-3.txt:7:1-8:39 warning [boilerplate] boilerplate (repeated"
                + " line, newsletter sign-up): 2 lines | fix: delete the 2 lines => 6:1-9:1 \"\""),
                fixture.findingsIn("story-3.txt", BoilerplateRule::new));
    }

    @Test
    void aShortThirdPersonNoticeWithACueStillCountsItsRecurrence() {
        // Not reported prose: no attribution and under ten words, so recurrence adds weight.
        String notice = "Island reporting depends on donations.";
        assertEquals(List.of("story-3.txt:7:1-7:39 warning [boilerplate] boilerplate"
                + " (donation appeal): '" + notice + "' | fix: delete the line => 6:1-8:1"
                + " \"\""), corpus(List.of(), List.of(notice))
                        .findingsIn("story-3.txt", BoilerplateRule::new));
        String[] story = BoilerplateFixtures.story(2003);
        assertEquals(List.of(), RuleFixture.corpus()
                .doc("story-3.txt", story[0], story[1], story[2], "", story[4], "", notice)
                .findings(BoilerplateRule::new));
    }
}
