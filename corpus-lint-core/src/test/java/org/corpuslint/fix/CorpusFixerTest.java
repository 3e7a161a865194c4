package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.ReplaceRule;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.corpuslint.testing.AllRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFixerTest {

    private static final String UNDATED = "Harbour cranes return\nPublished On 12 Mar 2024\n\n"
            + "The cranes came back on Monday.\n";
    private static final String UNDATED_FIXED = " date 2024-03-12\n" + UNDATED;
    private static final String DAY_FIRST_GLUED = " date 21/03/2024 Share this page\n"
            + "River levels fall\nWater dropped overnight.\n";
    private static final String GLUED = " date 2024-05-02 Subscribe now\nMarket day\nStalls.\n";
    private static final String CLEAN = " date 2024-05-03\nFish market\nStalls.\n";
    private static final String NO_FIX = "Untitled\nNo date anywhere.\n";

    /** Every fix, whatever its confidence: what fix did before fixes had one. */
    static final FixOptions EVERY_FIX =
            FixOptions.ALL_RULES.withMinimumConfidence(FixConfidence.UNSURE);

    @TempDir
    Path folder;

    private static LintConfig config() {
        return TestConfigs.fixedDay().build();
    }

    private TempCorpus corpus() {
        return new TempCorpus(folder.resolve("corpus")).file("undated.txt", UNDATED)
                .file("day-first.txt", DAY_FIRST_GLUED).file("world/glued.txt", GLUED)
                .file("clean.txt", CLEAN).file("no-fix.txt", NO_FIX);
    }

    private static FixOutcome fix(TempCorpus corpus, FixOptions options) {
        return new CorpusFixer(config(), options).fix(corpus.root());
    }

    private static String read(TempCorpus corpus, String path) throws IOException {
        return Files.readString(corpus.path(path));
    }

    private static List<String> summary(FixOutcome outcome) {
        return outcome.files().stream().map(f -> f.path() + " " + f.status() + " "
                + f.fixesApplied() + (f.notes().isEmpty() ? "" : " " + f.notes())).toList();
    }

    @Test
    void appliesEveryFixAndLeavesTheRestAlone() throws IOException {
        TempCorpus corpus = corpus();
        FixOutcome outcome = fix(corpus, EVERY_FIX);

        assertEquals(List.of("day-first.txt FIXED 2", "undated.txt FIXED 1",
                "world/glued.txt FIXED 1"), summary(outcome));
        assertEquals(UNDATED_FIXED, read(corpus, "undated.txt"));
        // The date rewrite and the deletion after it touch but do not overlap: one pass.
        assertEquals(" date 2024-03-21\nRiver levels fall\nWater dropped overnight.\n",
                read(corpus, "day-first.txt"));
        assertEquals(" date 2024-05-02\nMarket day\nStalls.\n", read(corpus, "world/glued.txt"));
        assertEquals(CLEAN, read(corpus, "clean.txt"));
        assertEquals(NO_FIX, read(corpus, "no-fix.txt"));
        assertEquals("corpus-lint fix: applied 4 fixes in 3 files", outcome.summary());
    }

    @Test
    void afterFixCheckReportsNoFindingThatHadAFix() {
        TempCorpus corpus = corpus();
        fix(corpus, EVERY_FIX);

        List<Finding> after = new CorpusLinter(config()).lintDirectory(corpus.root()).findings();
        assertEquals(List.of("no-fix.txt:1:1-1:9 error [missing-date] document has no"
                + " publication date"), RuleFixture.render(after));
    }

    @Test
    void fixingTwiceChangesNothingTheSecondTime() {
        TempCorpus corpus = corpus();
        fix(corpus, EVERY_FIX);
        Map<String, String> once = TempCorpus.snapshot(corpus.root());

        FixOutcome second = fix(corpus, EVERY_FIX);
        assertEquals(List.of(), second.files());
        assertEquals("corpus-lint fix: applied 0 fixes in 0 files", second.summary());
        assertEquals(once, TempCorpus.snapshot(corpus.root()));
    }

    @Test
    void dryRunWritesNothingAndPrintsAUnifiedDiffPerFile() {
        TempCorpus corpus = corpus();
        Map<String, String> before = TempCorpus.snapshot(corpus.root());

        FixOutcome outcome = fix(corpus, EVERY_FIX.withDryRun(true));

        assertEquals(before, TempCorpus.snapshot(corpus.root()));
        assertEquals(List.of("day-first.txt WOULD_FIX 2", "undated.txt WOULD_FIX 1",
                "world/glued.txt WOULD_FIX 1"), summary(outcome));
        assertEquals("--- a/day-first.txt\n"
                + "+++ b/day-first.txt\n"
                + "@@ -1,3 +1,3 @@\n"
                + "- date 21/03/2024 Share this page\n"
                + "+ date 2024-03-21\n"
                + " River levels fall\n"
                + " Water dropped overnight.\n"
                + "--- a/undated.txt\n"
                + "+++ b/undated.txt\n"
                + "@@ -1,3 +1,4 @@\n"
                + "+ date 2024-03-12\n"
                + " Harbour cranes return\n"
                + " Published On 12 Mar 2024\n"
                + " \n"
                + "--- a/world/glued.txt\n"
                + "+++ b/world/glued.txt\n"
                + "@@ -1,3 +1,3 @@\n"
                + "- date 2024-05-02 Subscribe now\n"
                + "+ date 2024-05-02\n"
                + " Market day\n"
                + " Stalls.\n", outcome.diff());
        assertEquals("corpus-lint fix (dry run): 4 fixes in 3 files would be applied",
                outcome.summary());
    }

    @Test
    void fixRulesChooseWhichRulesMayFix() throws IOException {
        TempCorpus corpus = corpus();
        FixOutcome outcome = fix(corpus, new FixOptions(Set.of("missing-date"), false, FixConfidence.UNSURE, null));

        assertEquals(List.of("day-first.txt FIXED 1", "undated.txt FIXED 1"), summary(outcome));
        assertEquals(" date 2024-03-21 Share this page\nRiver levels fall\n"
                + "Water dropped overnight.\n", read(corpus, "day-first.txt"));
        assertEquals(GLUED, read(corpus, "world/glued.txt"));
    }

    @Test
    void unknownFixRuleIsAClearError() {
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> new CorpusFixer(config(), new FixOptions(Set.of("typos"), false)));
        assertEquals("unknown rule 'typos' in the fix rules; known rules: "
                + AllRules.sortedList(), e.getMessage());
    }

    @Test
    void aFileChangedAfterTheLintIsSkippedWithAWarning() throws IOException {
        TempCorpus corpus = corpus();
        CorpusFixer fixer = new CorpusFixer(config(), EVERY_FIX);
        FixPlan plan = fixer.plan(corpus.root());
        String edited = GLUED.replace("Stalls.", "Stalls opened early.");
        corpus.file("world/glued.txt", edited);

        FixOutcome outcome = fixer.apply(plan);

        assertEquals(List.of("day-first.txt FIXED 2", "undated.txt FIXED 1",
                "world/glued.txt SKIPPED_CHANGED 0 [the file changed after it was linted; it was"
                        + " left alone (run fix again)]"), summary(outcome));
        assertEquals(edited, read(corpus, "world/glued.txt"));
        assertEquals("corpus-lint fix: applied 3 fixes in 2 files; 1 file skipped",
                outcome.summary());
    }

    @Test
    void keepsByteOrderMarkLineEndsAndPermissions() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = "Ferry strike ends\r\nPublished On 4 Apr 2024\r\n\r\nBoats sail.\r\n";
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .bytes("crlf.txt", concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));
        Files.setPosixFilePermissions(corpus.path("crlf.txt"),
                PosixFilePermissions.fromString("rw-r-----"));

        fix(corpus, EVERY_FIX);

        assertArrayEquals(concat(bom, (" date 2024-04-04\r\n" + crlf)
                .getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(corpus.path("crlf.txt")));
        assertEquals("rw-r-----", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(corpus.path("crlf.txt"))));
        try (var files = Files.list(corpus.root())) {
            assertEquals(List.of("crlf.txt"),
                    files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void keepsTheCorpusEncoding() throws IOException {
        String text = "Caf\u00e9 owners protest\nPublished On 12 Mar 2024\n\nThe caf\u00e9 shut.\n";
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .bytes("cafe.txt", text.getBytes(StandardCharsets.ISO_8859_1));
        LintConfig latin1 = config().toBuilder().charset(StandardCharsets.ISO_8859_1).build();

        new CorpusFixer(latin1, EVERY_FIX).fix(corpus.root());

        assertArrayEquals((" date 2024-03-12\n" + text).getBytes(StandardCharsets.ISO_8859_1),
                Files.readAllBytes(corpus.path("cafe.txt")));
    }

    @Test
    void aFixThatCannotBeEncodedSkipsTheFile() throws IOException {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .bytes("a.txt", " date 2024-05-02\nKrakow\n".getBytes(StandardCharsets.ISO_8859_1));
        LintConfig latin1 = LintConfig.builder().threads(1)
                .charset(StandardCharsets.ISO_8859_1).build();

        FixOutcome outcome = new CorpusFixer(latin1, EVERY_FIX,
                List.of(() -> new ReplaceRule("spelling", "Krakow", "Krak\u00f3w\u0107")))
                .fix(corpus.root());

        assertEquals(List.of("a.txt SKIPPED_FAILED 0 [the fixed text cannot be written in the"
                + " corpus encoding (Input length = 1)]"), summary(outcome));
        assertEquals(" date 2024-05-02\nKrakow\n", read(corpus, "a.txt"));
    }

    @Test
    void aSymbolicLinkInsideTheCorpusStaysALinkAndItsTargetIsFixedOnce() throws IOException {
        // Links that stay inside the corpus keep working (one leading out is refused:
        // CorpusBoundaryTest). The file is reached twice and linted once, under the link.
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus")).file("real/glued.txt", GLUED);
        Path target = corpus.path("real/glued.txt");
        Files.createSymbolicLink(corpus.path("link.txt"), Path.of("real/glued.txt"));

        FixOutcome outcome = fix(corpus, EVERY_FIX);

        assertEquals(List.of("link.txt FIXED 1"), summary(outcome));
        assertTrue(Files.isSymbolicLink(corpus.path("link.txt")));
        assertEquals(" date 2024-05-02\nMarket day\nStalls.\n", Files.readString(target));
    }

    @Test
    void overlappingFixesAreAppliedOneAfterTheOtherAndSaySo() throws IOException {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", " date 2024-05-02\nThe colour guard marched.\n");
        List<Supplier<Rule>> rules = List.of(
                () -> new ReplaceRule("hyphen", "colour guard", "colour-guard"),
                () -> new ReplaceRule("spelling", "colour", "color"));

        FixOutcome outcome = new CorpusFixer(LintConfig.builder().threads(1).build(), EVERY_FIX, rules)
                .fix(corpus.root());

        assertEquals(List.of("a.txt FIXED 2 [the fix of [spelling] at 2:5 overlaps the fix of"
                + " [hyphen] at 2:5; it was checked again after that fix]"), summary(outcome));
        assertEquals(" date 2024-05-02\nThe color-guard marched.\n", read(corpus, "a.txt"));
    }

    @Test
    void fixesThatUndoEachOtherStopAfterTenPasses() {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", " date 2024-05-02\nalpha\n");
        List<Supplier<Rule>> rules = List.of(() -> new ReplaceRule("a2b", "alpha", "beta"),
                () -> new ReplaceRule("b2a", "beta", "alpha"));

        FixOutcome outcome = new CorpusFixer(LintConfig.builder().threads(1).build(), EVERY_FIX, rules)
                .fix(corpus.root());

        assertEquals(List.of("a.txt FIXED 10 [fixes still remain after 10 passes (rules whose"
                + " fixes undo each other?); run fix again and check the result]"),
                summary(outcome));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
