package org.corpuslint.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testkit.RuleFixture;
import org.junit.jupiter.api.Test;

class DuplicateDocumentRuleTest {

    private static final String[] STORY = {
        "Library reopens after the flood",
        "",
        "The town library opened its doors again on Saturday, eight months after flood water"
                + " filled the ground floor and ruined most of the children's books.",
        "",
        "Volunteers dried and sorted what could be saved, and a fund raised by local schools"
                + " paid for new shelves, carpets and a lift to the reading room.",
        "",
        "The librarian said the building now keeps its rare maps on the top floor, well above"
                + " the level the river reached in the autumn.",
        "",
        "Opening hours stay as they were, with late evenings on Thursdays for students."};

    private static String[] dated(String date, String... lines) {
        String[] out = new String[lines.length + 1];
        out[0] = " date " + date;
        System.arraycopy(lines, 0, out, 1, lines.length);
        return out;
    }

    /** The story with its last paragraph updated, as a later version would be. */
    private static String[] updated() {
        String[] lines = STORY.clone();
        lines[8] = "Opening hours stay as they were, with late evenings on Thursdays and Fridays"
                + " for students revising for exams.";
        return lines;
    }

    /** The updated version updated again, in its first paragraph. */
    private static String[] updatedTwice() {
        String[] lines = updated();
        lines[2] = STORY[2].replace("on Saturday", "on Saturday morning");
        return lines;
    }

    private static List<String> findings(LintConfig config, RuleFixture corpus) {
        return corpus.config(config).findings(DuplicateDocumentRule::new);
    }

    private static LintConfig threshold(String value) {
        return LintConfig.builder().threads(1)
                .ruleOption(DuplicateDocumentRule.ID, "threshold", value).build();
    }

    @Test
    void exactDuplicateIsAWarningOnTheLaterCopy() {
        String[] spaced = STORY.clone();
        spaced[2] = "  " + STORY[2].replace(" after ", "   after ") + "\t";
        assertEquals(List.of("b.txt:2:1-2:32 warning [duplicate-document] exact duplicate of"
                + " a.txt (the same text once white space is collapsed; 2 documents in the"
                + " cluster)"), RuleFixture.corpus()
                .doc("b.txt", dated("2024-05-02", spaced))
                .doc("a.txt", dated("2024-05-01", STORY))
                .findings(DuplicateDocumentRule::new));
    }

    @Test
    void earliestDateIsCanonicalWhateverThePath() {
        assertEquals(List.of("a.txt:2:1-2:32 warning [duplicate-document] exact duplicate of"
                + " z.txt (the same text once white space is collapsed; 2 documents in the"
                + " cluster)"), RuleFixture.corpus()
                .doc("a.txt", dated("2024-05-09", STORY))
                .doc("z.txt", dated("2024-05-01", STORY))
                .findings(DuplicateDocumentRule::new));
    }

    @Test
    void withoutDatesTheCopyWithLessChromeIsCanonical() {
        String[] chrome = new String[STORY.length + 2];
        chrome[0] = "Menu";
        System.arraycopy(STORY, 0, chrome, 1, STORY.length);
        chrome[chrome.length - 1] = "Share on social media";
        assertEquals(List.of("a.txt:1:1-1:5 info [duplicate-document] near-duplicate of b.txt"
                + " (estimated similarity 1.00; 2 documents in the cluster)"),
                RuleFixture.corpus().doc("a.txt", chrome).doc("b.txt", STORY)
                        .findings(DuplicateDocumentRule::new));
    }

    @Test
    void updatedVersionIsANearDuplicateAtTheDefaultThreshold() {
        assertEquals(List.of("b.txt:1:1-1:32 info [duplicate-document] near-duplicate of a.txt"
                + " (estimated similarity 0.91; 2 documents in the cluster)"),
                RuleFixture.corpus().doc("a.txt", STORY).doc("b.txt", updated())
                        .findings(DuplicateDocumentRule::new));
    }

    @Test
    void higherThresholdKeepsTheUpdatedVersionApart() {
        assertEquals(List.of(), findings(threshold("0.95"),
                RuleFixture.corpus().doc("a.txt", STORY).doc("b.txt", updated())));
    }

    @Test
    void copiesOfCopiesJoinOneCluster() {
        // c is below the threshold against a (0.88 < 0.89) but above it against b, a's copy.
        assertEquals(List.of(
                "b.txt:1:1-1:32 info [duplicate-document] near-duplicate of a.txt (estimated"
                        + " similarity 0.91; 3 documents in the cluster)",
                "c.txt:1:1-1:32 info [duplicate-document] near-duplicate of a.txt (estimated"
                        + " similarity 0.88; 3 documents in the cluster)"),
                findings(threshold("0.89"), RuleFixture.corpus().doc("a.txt", STORY)
                        .doc("b.txt", updated()).doc("c.txt", updatedTwice())));
    }

    @Test
    void differentStoriesSharingAParagraphStayApart() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", STORY)
                .doc("b.txt", "Council plans flood barriers", "",
                        "The council will spend two million on barriers along the river after"
                                + " last autumn's flood, which reached the high street.",
                        "",
                        STORY[4],
                        "",
                        "Work starts in spring and should end before the next winter storms.")
                .findings(DuplicateDocumentRule::new));
    }

    @Test
    void shortOrBlankDocumentsAreOnlyExactDuplicates() {
        assertEquals(List.of("b.txt:1:1-1:13 warning [duplicate-document] exact duplicate of"
                + " a.txt (the same text once white space is collapsed; 2 documents in the"
                + " cluster)"), RuleFixture.corpus()
                .doc("a.txt", "Results page", "Home win.")
                .doc("b.txt", "Results page", "Home win.")
                .doc("c.txt", "Results page", "Away win.")
                .doc("d.txt", " date 2024-05-01", "", "")
                .doc("e.txt", " date 2024-05-02", "   ")
                .findings(DuplicateDocumentRule::new));
    }

    @Test
    void badThresholdIsAClearError() {
        RuleFixture corpus = RuleFixture.corpus().config(threshold("0.3")).doc("a.txt", STORY);
        assertEquals("invalid configuration: option 'threshold' of rule 'duplicate-document' is"
                + " '0.3', expected a number from 0.5 to 1", assertThrows(
                        CorpusLintException.class,
                        () -> corpus.findings(DuplicateDocumentRule::new)).getMessage());
    }
}
