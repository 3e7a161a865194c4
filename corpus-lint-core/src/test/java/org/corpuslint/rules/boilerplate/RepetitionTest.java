package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** A short line that recurs across documents is chrome even when no phrase knows it. */
class RepetitionTest {

    private static final String HOUSE_LINE = "Island Edition · Weekday Mornings";
    private static final String SIGN_OFF = "Additional reporting by the Gazette's island"
            + " correspondents and agencies.";

    /**
     * {@code count} distinct stories in {@code folder}, each with {@code line} after its prose.
     * (Copies of one story would count once: see {@link SyndicatedCopiesTest}.)
     */
    private static RuleFixture corpus(RuleFixture fixture, String folder, int count,
            String line) {
        for (int i = 0; i < count; i++) {
            String[] story = BoilerplateFixtures.story((folder + i).hashCode());
            fixture.doc(folder + "story-" + i + ".txt", story[0], story[1], story[2], story[3],
                    story[4], "", line);
        }
        return fixture;
    }

    private static List<String> findingsIn(RuleFixture fixture, String path) {
        return fixture.findingsIn(path, BoilerplateRule::new);
    }

    @Test
    void shortLineInEveryDocumentIsReported() {
        assertEquals(List.of("story-0.txt:7:1-7:34 warning [boilerplate] boilerplate (repeated"
                + " line): 'Island Edition · Weekday Mornings' | fix: delete the line =>"
                + " 6:1-8:1 \"\""),
                findingsIn(corpus(RuleFixture.corpus(), "", 5, HOUSE_LINE), "story-0.txt"));
    }

    @Test
    void belowTheMinimumNumberOfDocumentsItIsNot() {
        assertEquals(List.of(),
                findingsIn(corpus(RuleFixture.corpus(), "", 4, HOUSE_LINE), "story-0.txt"));
        LintConfig stricter = LintConfig.builder().threads(1)
                .ruleOption(BoilerplateRule.ID, "minRepeatDocuments", "6").build();
        assertEquals(List.of(), findingsIn(
                corpus(RuleFixture.corpus().config(stricter), "", 5, HOUSE_LINE), "story-0.txt"));
    }

    @Test
    void aRecurringSentenceIsNotChromeByRecurring() {
        assertEquals(List.of(),
                findingsIn(corpus(RuleFixture.corpus(), "", 8, SIGN_OFF), "story-0.txt"));
    }

    @Test
    void countedPerOutletFolderAsWellAsInTheWholeCorpus() {
        // Five of 505 documents is under 1% of the corpus, but all of the outlet's articles.
        RuleFixture inOutlet = corpus(corpus(RuleFixture.corpus(), "gazette/", 5, HOUSE_LINE),
                "other/", 500, "Ferry services are running normally.");
        assertEquals(1, findingsIn(inOutlet, "gazette/story-0.txt").size());
        // The same five documents spread over five outlets of 101: rare everywhere.
        RuleFixture spread = RuleFixture.corpus();
        for (int outlet = 0; outlet < 5; outlet++) {
            corpus(spread, "outlet" + outlet + "/", 1, HOUSE_LINE);
            corpus(spread, "outlet" + outlet + "/more-", 100, "Ferry services are normal.");
        }
        assertEquals(List.of(), findingsIn(spread, "outlet0/story-0.txt"));
    }

    @Test
    void repetitionCanBeSwitchedOff() {
        LintConfig off = LintConfig.builder().threads(1)
                .ruleOption(BoilerplateRule.ID, "disabledKinds", "repeated").build();
        assertEquals(List.of(), findingsIn(
                corpus(RuleFixture.corpus().config(off), "", 5, HOUSE_LINE), "story-0.txt"));
    }
}
