package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.rules.typo.TypoRule;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} applies safe fixes by default and says how many others wait for review. */
class FixConfidenceTest {

    /** A header date stated in the text: inserting it is likely right, not safe. */
    private static final String UNDATED = "Harbour cranes return\nPublished On 12 Mar 2024\n\n"
            + "The cranes came back on Monday.\n";
    /** A day-first header date and chrome glued to it: both safe. */
    private static final String DAY_FIRST_GLUED = " date 21/03/2024 Share this page\n"
            + "River levels fall\nWater dropped overnight.\n";

    @TempDir
    Path folder;

    private TempCorpus dates() {
        return new TempCorpus(folder.resolve("corpus")).file("undated.txt", UNDATED)
                .file("day-first.txt", DAY_FIRST_GLUED);
    }

    private static FixOutcome fix(TempCorpus corpus, FixOptions options) {
        return new CorpusFixer(TestConfigs.fixedDay().build(), options).fix(corpus.root());
    }

    private static List<String> files(FixOutcome outcome) {
        return outcome.files().stream().map(f -> f.path() + " " + f.status() + " "
                + f.fixesApplied()).toList();
    }

    @Test
    void byDefaultOnlySafeFixesAreAppliedAndTheOthersAreCounted() throws IOException {
        TempCorpus corpus = dates();
        FixOutcome outcome = fix(corpus, FixOptions.ALL_RULES);

        assertEquals(List.of("day-first.txt FIXED 2"), files(outcome));
        assertEquals(UNDATED, Files.readString(corpus.path("undated.txt")));
        assertEquals(Map.of(FixConfidence.LIKELY, 1), outcome.heldBack());
        assertEquals("corpus-lint fix: applied 2 fixes in 1 file; 1 fix needs review (1 likely):"
                + " run with -Dcorpus-lint.fixConfidence=likely", outcome.summary());
    }

    @Test
    void aLowerMinimumAppliesTheLikelyFixesToo() throws IOException {
        TempCorpus corpus = dates();
        FixOutcome outcome = fix(corpus,
                FixOptions.ALL_RULES.withMinimumConfidence(FixConfidence.LIKELY));

        assertEquals(List.of("day-first.txt FIXED 2", "undated.txt FIXED 1"), files(outcome));
        assertEquals(" date 2024-03-12\n" + UNDATED,
                Files.readString(corpus.path("undated.txt")));
        assertEquals("corpus-lint fix: applied 3 fixes in 2 files", outcome.summary());
    }

    @Test
    void choosingTheRulesDoesNotLowerTheMinimum() throws IOException {
        TempCorpus corpus = dates();
        FixOutcome outcome = fix(corpus, new FixOptions(Set.of("missing-date"), false));

        assertEquals(List.of("day-first.txt FIXED 1"), files(outcome));
        assertEquals(UNDATED, Files.readString(corpus.path("undated.txt")));
        assertEquals("corpus-lint fix: applied 1 fix in 1 file; 1 fix needs review (1 likely):"
                + " run with -Dcorpus-lint.fixConfidence=likely", outcome.summary());
    }

    @Test
    void dryRunCountsTheHeldBackFixesToo() {
        FixOutcome outcome = fix(dates(), FixOptions.ALL_RULES.withDryRun(true));

        assertEquals("corpus-lint fix (dry run): 2 fixes in 1 file would be applied; 1 fix needs"
                + " review (1 likely): run with -Dcorpus-lint.fixConfidence=likely",
                outcome.summary());
    }

    // --- typos: a wrong correction must never be applied by default ---

    /** Each line a typo fix of a shape that has corrupted correct text, or a safe one. */
    private TempCorpus typos() {
        TempCorpus corpus = new TempCorpus(folder.resolve("typos"));
        for (int i = 0; i < 25; i++) {
            corpus.file("background/g" + i + ".txt", "The government met in the rooms on day " + i
                    + "; the slot was a lot of fun. Contrack opened branch " + i
                    + ". Korean chefs met Korean diners in Pyongyang.\n");
        }
        return corpus
                .file("words.txt", "The shop sold CD roms, and alot of them, a lot.\n")
                .file("office.txt", "Contrack staff met. Contrack said Contrack would reopen.\n"
                        + "The Contract Office declined to comment.\n")
                .file("food.txt", "Korean chefs cooked for Korean guests and Korean critics.\n"
                        + "A traditional Koran apron hung by the door.\n")
                .file("capital.txt", "Crowds in Pyonyang cheered as Pyongyang celebrated.\n");
    }

    private static FixOutcome fixTypos(TempCorpus corpus, FixConfidence minimum) {
        return new CorpusFixer(LintConfig.builder().threads(1).build(),
                FixOptions.ALL_RULES.withMinimumConfidence(minimum),
                List.of(TypoRule::new)).fix(corpus.root());
    }

    @Test
    void defaultFixLeavesLowerCaseAndRealWordTypoFixesForReview() throws IOException {
        TempCorpus corpus = typos();
        FixOutcome outcome = fixTypos(corpus, FixConfidence.SAFE);

        assertEquals(List.of("capital.txt FIXED 1"), files(outcome));
        assertEquals("Crowds in Pyongyang cheered as Pyongyang celebrated.\n",
                Files.readString(corpus.path("capital.txt")));
        assertEquals("The shop sold CD roms, and alot of them, a lot.\n",
                Files.readString(corpus.path("words.txt")));
        assertEquals("Contrack staff met. Contrack said Contrack would reopen.\n"
                + "The Contract Office declined to comment.\n",
                Files.readString(corpus.path("office.txt")));
        assertEquals("Korean chefs cooked for Korean guests and Korean critics.\n"
                + "A traditional Koran apron hung by the door.\n",
                Files.readString(corpus.path("food.txt")));
        assertEquals("corpus-lint fix: applied 1 fix in 1 file; 4 fixes need review (4 likely):"
                + " run with -Dcorpus-lint.fixConfidence=likely", outcome.summary());
    }

    @Test
    void theSameTypoFixesApplyWhenTheUserAsksForThem() throws IOException {
        TempCorpus corpus = typos();
        FixOutcome outcome = fixTypos(corpus, FixConfidence.UNSURE);

        assertEquals(List.of("capital.txt FIXED 1", "food.txt FIXED 1", "office.txt FIXED 1",
                "words.txt FIXED 2"), files(outcome));
        // What a reviewer would have caught: the corpus's own words, corrected into others.
        assertEquals("The shop sold CD rooms, and lot of them, a lot.\n",
                Files.readString(corpus.path("words.txt")));
        assertEquals("Contrack staff met. Contrack said Contrack would reopen.\n"
                + "The Contrack Office declined to comment.\n",
                Files.readString(corpus.path("office.txt")));
    }
}
