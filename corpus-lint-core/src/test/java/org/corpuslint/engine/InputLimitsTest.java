package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on one file's size, line length and token length: past each, an
 * {@code invalid-input} finding; and no word, however long, costs the rules more than a bounded
 * amount.
 */
class InputLimitsTest {

    private static final String ARTICLE = " date 2024-06-19\nHarbour news\n\nBoats run again.\n";

    @TempDir
    Path folder;

    private static LintConfig.Builder oneThread() {
        return LintConfig.builder().threads(1);
    }

    @Test
    void aFileLargerThanMaxFileSizeIsReportedAndNotRead() {
        String exactly = ARTICLE + "x".repeat(100 - ARTICLE.length());
        TempCorpus corpus = new TempCorpus(folder)
                .file("at-limit.txt", exactly)
                .file("over-limit.txt", exactly + "y");
        assertEquals(List.of("over-limit.txt:1:1-1:1 error [invalid-input] file is 101 bytes"
                        + " (limit 100); not an article, file not linted"),
                corpus.lint(oneThread().maxFileSize(100).build()));
    }

    /** A file can grow after its size was checked; Linux's /proc files claim a size of 0. */
    @Test
    void aFileThatIsLargerThanItsSizeSaidIsReadOnlyUpToTheLimit() {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status), "needs Linux /proc");
        LintResult result = new CorpusLinter(oneThread().maxFileSize(100).followLinks(true).build())
                .lintFiles(folder, List.of(status));
        assertEquals(List.of("/proc/self/status:1:1-1:1 error [invalid-input] file is over the"
                        + " limit of 100 bytes; not an article, file not linted"),
                org.corpuslint.testing.RuleFixture.render(result.findings()));
    }

    @Test
    void aLineLongerThanMaxLineLengthIsReportedAndTheFileNotLinted() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", "Harbour news\n" + "word ".repeat(5) + "\n");
        assertEquals(List.of("a.txt:2:1-2:1 error [invalid-input] line 2 is 25 characters long"
                        + " (limit 20); not article text, file not linted"),
                corpus.lint(oneThread().maxLineLength(20).build()));
    }

    @Test
    void aRunLongerThanMaxTokenLengthIsReportedAndTheRestOfTheFileIsLinted() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", "Harbour news\n\nSee <" + "abcdefghij".repeat(2) + "> and"
                        + " x".repeat(3) + " " + "q".repeat(11) + "\n");
        assertEquals(List.of(
                "a.txt:1:1-1:13 error [missing-date] document has no publication date",
                "a.txt:3:5-3:5 error [invalid-input] run of 22 characters without a space"
                        + " (limit 10) (and 1 more); not article text, rest of the file linted"),
                corpus.lint(oneThread().maxTokenLength(10).build()));
    }

    @Test
    void aRunAtMaxTokenLengthIsNotReported() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", ARTICLE + "abcdefghij\n");
        assertEquals(List.of(), corpus.lint(oneThread().maxTokenLength(10).build()));
    }

    @Test
    void theDefaultsReportA99000LetterToken() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", ARTICLE + "Then " + "abcdefghij".repeat(9900) + "\n");
        assertEquals(List.of("a.txt:5:6-5:6 error [invalid-input] run of 99000 characters"
                        + " without a space (limit 1000); not article text, rest of the file"
                        + " linted"),
                assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> corpus.lint(oneThread().build())));
    }

    /**
     * Before the rules capped the words they judge, a 48,000-letter token took ten seconds and
     * one of 99,000 letters exhausted the default heap: candidate search indexed every deletion
     * of it, and each part of a hyphenated run rescanned the whole run. Quadratic work on these
     * inputs takes minutes; the bound leaves room for a loaded build machine (about 4 s there).
     */
    @Test
    void a200000LetterTokenLintsInBoundedTimeWhenTheLimitIsRaised() {
        LintConfig raised = oneThread().maxTokenLength(1_000_000).maxLineLength(1_000_000)
                .build();
        TempCorpus corpus = new TempCorpus(folder)
                .file("letters.txt", ARTICLE + "abcdefghij".repeat(20_000) + "\n")
                .file("hyphens.txt", ARTICLE + "Firstthe-".repeat(22_223) + "end\n")
                .file("quotes.txt", ARTICLE + "ab'cd".repeat(40_000) + "\n");
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> corpus.lint(raised)));
    }

    @Test
    void theLimitsAreReadFromTheConfigurationFile() throws IOException {
        Path file = folder.resolve(ConfigFile.FILE_NAME);
        Files.writeString(file, "maxFileSize: 2048\nmaxLineLength: 300\nmaxTokenLength: 40\n");
        LintConfig config = ConfigFile.load(file).config();
        assertEquals(List.of(2048L, 300L, 40L), List.of(config.maxFileSize(),
                (long) config.maxLineLength(), (long) config.maxTokenLength()));
        LintConfig defaults = LintConfig.defaults();
        assertEquals(List.of(10_485_760L, 100_000L, 1_000L), List.of(defaults.maxFileSize(),
                (long) defaults.maxLineLength(), (long) defaults.maxTokenLength()));
    }

    @Test
    void aLimitThatIsNotAPositiveNumberIsAConfigurationError() throws IOException {
        Path file = folder.resolve(ConfigFile.FILE_NAME);
        Files.writeString(file, "maxTokenLength: 0\n");
        assertEquals(file + ":1:17: maxTokenLength is '0', expected a whole number from 1 to"
                        + " 2147483647",
                assertThrows(CorpusLintException.class, () -> ConfigFile.load(file))
                        .getMessage());
        Files.writeString(file, "maxFileSize: 10MB\n");
        assertEquals(file + ":1:14: maxFileSize is '10MB', expected a whole number from 1 to"
                        + " 9223372036854775807",
                assertThrows(CorpusLintException.class, () -> ConfigFile.load(file))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> LintConfig.builder().maxFileSize(0));
    }
}
