package org.corpuslint.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.ReplaceRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class FixtureCorpusTest {

    private static final Supplier<Rule> TEDDY = () -> new ReplaceRule("teddy", "teh", "the");
    private static final String FINDING = "a.txt:1:5-1:8 warning [teddy] 'teh'"
            + " | fix: replace with 'the' => 1:5-1:8 \"the\" (UNSURE)";

    private static FixtureCorpus corpus(Path folder, String expected) {
        new TempCorpus(folder).file("a.txt", "See teh boat\n").file("b.txt", "Quiet\n");
        if (expected != null) {
            new TempCorpus(folder).file(FixtureCorpus.EXPECTED_FILE, expected);
        }
        return FixtureCorpus.at(folder);
    }

    @Test
    void passesWhenTheFindingsAreExactlyTheListedOnesIgnoringComments(@TempDir Path folder) {
        corpus(folder, "# a comment\n\n" + FINDING + "\n").assertMatches(TEDDY);
    }

    @Test
    void failsOnAnUnlistedFindingAndNamesIt(@TempDir Path folder) {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> corpus(folder, "# nothing expected\n").assertMatches(TEDDY));
        assertEquals("findings on fixture " + folder + " differ from expected.findings:\n"
                + "  reported but not listed (1):\n    " + FINDING + "\n"
                + "  If the change is intended, regenerate with -Dcorpuslint.fixtures.write=true"
                + " and review the diff.", e.getMessage());
        assertEquals("", e.getExpected().getValue());
        assertEquals(FINDING, e.getActual().getValue());
    }

    @Test
    void failsOnAListedFindingThatIsNotReported(@TempDir Path folder) {
        String ghost = "b.txt:1:1-1:6 warning [teddy] 'Quiet'";
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> corpus(folder, FINDING + "\n" + ghost + "\n").assertMatches(TEDDY));
        assertTrue(e.getMessage().contains("listed but not reported (1):\n    " + ghost),
                e.getMessage());
    }

    @Test
    void failsWhenTheExpectedFileIsMissing(@TempDir Path folder) {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> corpus(folder, null).assertMatches(TEDDY));
        assertEquals(folder.resolve("expected.findings") + " is missing; write it with"
                + " -Dcorpuslint.fixtures.write=true and review it", e.getMessage());
    }

    @Test
    void writtenExpectedFileThenPasses(@TempDir Path folder) throws IOException {
        FixtureCorpus corpus = corpus(folder, "stale\n");
        corpus.writeExpected(TEDDY);
        assertEquals(List.of(FINDING), corpus.expected());
        assertTrue(Files.readString(folder.resolve("expected.findings")).startsWith("# "));
        corpus.assertMatches(TEDDY);
    }

    @Test
    void checkWritesInsteadOfComparingWhenAskedTo(@TempDir Path folder) {
        FixtureCorpus corpus = corpus(folder, "stale\n");
        String before = System.getProperty(FixtureCorpus.WRITE_PROPERTY);
        System.setProperty(FixtureCorpus.WRITE_PROPERTY, "true");
        try {
            corpus.check(TEDDY);
        } finally {
            if (before == null) {
                System.clearProperty(FixtureCorpus.WRITE_PROPERTY);
            } else {
                System.setProperty(FixtureCorpus.WRITE_PROPERTY, before);
            }
        }
        assertEquals(List.of(FINDING), corpus.expected());
    }

    @Test
    void theFolderConfigurationFileGivesTheRuleItsSeverity(@TempDir Path folder) {
        FixtureCorpus corpus = corpus(folder, null);
        new TempCorpus(folder).file("corpus-lint.yaml", "rules:\n  teddy: error\n");
        assertEquals(List.of(FINDING.replace("warning", "error")), corpus.findings(TEDDY));
    }

    @Test
    void aRuleWithoutFixturesGetsOneFailingTest(@TempDir Path root) {
        List<DynamicTest> tests = RuleFixtures.tests(root, TEDDY).toList();
        assertEquals(1, tests.size());
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> tests.get(0).getExecutable().execute());
        assertTrue(e.getMessage().startsWith("rule teddy has no fixture corpus"), e.getMessage());
    }

    @Test
    void oneTestPerCorpusFolderByName(@TempDir Path root) {
        corpus(root.resolve("teddy/second"), FINDING + "\n");
        corpus(root.resolve("teddy/first"), FINDING + "\n");
        assertEquals(List.of("teddy/first", "teddy/second"),
                RuleFixtures.tests(root, TEDDY).map(DynamicTest::getDisplayName).toList());
    }
}
