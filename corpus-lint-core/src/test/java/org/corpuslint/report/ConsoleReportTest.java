package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiler-style lines, {@code path:line:col: severity [rule-id] message (suggestion: ...)}. */
class ConsoleReportTest {

    @Test
    void oneLinePerFindingWithTheSuggestionWhenThereIsAFix(@TempDir Path folder) {
        LintResult result = ReportFixtures.threeDocuments(folder);
        ConsoleReport console = new ConsoleReport(path -> "corpus/" + path);
        assertEquals(List.of(
                "corpus/a.txt:1:18: warning [boilerplate] page chrome glued to the date header:"
                        + " 'Share story' (suggestion: delete the text after the date)",
                "corpus/b.txt:1:1: error [missing-date] document has no publication date; the"
                        + " text states 2024-06-19 (suggestion: insert the header line"
                        + " 'date 2024-06-19')",
                "corpus/c.txt:1:1: warning [invalid-input] empty file; not linted"),
                result.findings().stream().map(console::line).toList());
    }

    @Test
    void summaryCountsBySeverityThenByRule(@TempDir Path folder) {
        assertEquals(List.of(
                "corpus-lint: 3 documents, 3 findings (1 error, 2 warnings, 0 info)",
                "  boilerplate: 1 warning",
                "  invalid-input: 1 warning",
                "  missing-date: 1 error",
                "corpus-lint statistics: 3 documents, 8 words; findings per 1,000 documents:"
                        + " boilerplate 333.3, invalid-input 333.3, missing-date 333.3",
                "  months with the most findings per 1,000 documents (of 2): (undated) 1000.0"
                        + " (2 documents), 2024-06 1000.0 (1 document)"),
                new ConsoleReport(p -> p).summary(ReportFixtures.threeDocuments(folder)));
    }

    @Test
    void fixHintSaysFixAppliesSafeFixesOnlyAndHowToApplyMore(@TempDir Path folder) {
        ConsoleReport console = new ConsoleReport(p -> p);
        assertEquals(Optional.of("corpus-lint: 1 finding has a safe fix and 1 a fix to review"
                + " (1 likely); corpus-lint:fix applies safe fixes only,"
                + " -Dcorpus-lint.fixConfidence=likely or unsure applies more"),
                console.fixHint(ReportFixtures.threeDocuments(folder)));
        Position start = new Position(1, 1, 0);
        Fix safe = Fix.of("delete", new TextEdit(start, start, ""), FixConfidence.SAFE);
        Fix unsure = Fix.of("delete", new TextEdit(start, start, ""));
        assertEquals(Optional.of("corpus-lint: 2 findings have a safe fix;"
                + " corpus-lint:fix applies safe fixes only"), console.fixHint(new LintResult(
                        List.of(finding("a.txt", safe), finding("b.txt", safe)), 2, List.of())));
        assertEquals(Optional.of("corpus-lint: 1 finding has a fix to review (1 unsure);"
                + " corpus-lint:fix applies safe fixes only, -Dcorpus-lint.fixConfidence=unsure"
                + " applies more"), console.fixHint(new LintResult(
                        List.of(finding("a.txt", unsure)), 1, List.of())));
        assertEquals(Optional.empty(), console.fixHint(new LintResult(
                List.of(finding("a.txt", null)), 1, List.of())));
    }

    private static Finding finding(String path, Fix fix) {
        Position start = new Position(1, 1, 0);
        return new Finding("x", Severity.WARNING, path, start, start, "m", fix);
    }

    @Test
    void summaryOfACleanRun() {
        LintResult result = new CorpusLinter(LintConfig.defaults())
                .lintText("a.txt", " date 2020-01-01\nFine.\n");
        assertEquals(List.of("corpus-lint: 1 document, 0 findings (0 errors, 0 warnings, 0 info)",
                "corpus-lint statistics: 1 document, 1 word; findings per 1,000 documents:"
                        + " none"),
                new ConsoleReport(p -> p).summary(result));
    }

    @Test
    void pluralsInTheSummary() {
        Position start = new Position(1, 1, 0);
        List<Finding> findings = List.of(
                new Finding("x", Severity.INFO, "a.txt", start, start, "one", null),
                new Finding("x", Severity.INFO, "b.txt", start, start, "two", null),
                new Finding("y", Severity.ERROR, "b.txt", start, start, "three", null),
                new Finding("y", Severity.ERROR, "c.txt", start, start, "four", null));
        assertEquals(List.of(
                "corpus-lint: 3 documents, 4 findings (2 errors, 0 warnings, 2 info)",
                "  x: 2 info",
                "  y: 2 errors"),
                new ConsoleReport(p -> p).summary(new LintResult(findings, 3, List.of())));
    }

    @Test
    void controlCharactersQuotedFromTheTextCannotBreakTheLine() {
        Position start = new Position(2, 5, 9);
        Finding finding = new Finding("boilerplate", Severity.WARNING, "a.txt", start, start,
                "chrome 'Share\tthis\rnow'", null);
        assertEquals("a.txt:2:5: warning [boilerplate] chrome 'Share\\tthis\\rnow'",
                new ConsoleReport(p -> p).line(finding));
    }

    @Test
    void escapeSequencesInAFileNameReachTheConsoleVisibly(@TempDir Path folder) {
        String name = "a\u001b[2Jb.txt";
        new org.corpuslint.testing.TempCorpus(folder).file(name, "Undated\n");
        LintResult result = new CorpusLinter(LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build())
                .lintDirectory(folder);
        assertEquals(List.of("corpus/a\\e[2Jb.txt:1:1: error [missing-date] document has no"
                + " publication date"),
                result.findings().stream().map(new ConsoleReport(p -> "corpus/" + p)::line)
                        .toList());
    }

    @Test
    void aNewlineInAFileNameCannotStartALogLineOfItsOwn(@TempDir Path folder) {
        String name = "a.txt\n[ERROR] forged.txt";
        new org.corpuslint.testing.TempCorpus(folder).file(name, "Undated\n");
        LintResult result = new CorpusLinter(LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build())
                .lintDirectory(folder);
        List<String> lines = result.findings().stream().map(new ConsoleReport(p -> p)::line)
                .toList();
        assertEquals(List.of("a.txt\\n[ERROR] forged.txt:1:1: error [missing-date] document has"
                + " no publication date"), lines);
        assertEquals(1, String.join("\n", lines).lines().count());
    }

    @Test
    void controlAndBidiCharactersQuotedFromADocumentAreEscaped() {
        Position start = new Position(2, 5, 9);
        Finding finding = new Finding("boilerplate", Severity.WARNING, "a.txt", start, start,
                "chrome '\u001b]0;title\u0007 \u009b31m \u202egnp.exe \u007f'", null);
        assertEquals("a.txt:2:5: warning [boilerplate] chrome '\\e]0;title\\x07 \\u009b31m"
                + " \\u202egnp.exe \\x7f'", new ConsoleReport(p -> p).line(finding));
    }
}
