package org.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The exit statuses, in process: 0 clean, 1 findings, 2 usage or configuration, 3 defect. */
class ExitCodeTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path corpus(String name, String text) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve(name), text);
        return folder;
    }

    private static final String DATED = " date 2024-03-05\nA quiet day at the harbour\n\n"
            + "The boats stayed in port because of the wind.\n";

    @Test
    void cleanCorpusExitsZero() throws IOException {
        Path corpus = corpus("a.txt", DATED);
        assertEquals(ExitCodes.CLEAN, run("check", corpus.toString()), err.toString());
        assertTrue(out.toString().contains("corpus-lint: 1 document, 0 findings"), out.toString());
    }

    @Test
    void findingAtThresholdExitsOne() throws IOException {
        Path corpus = corpus("a.txt", "No date header here\n\nThe boats stayed in port.\n");
        assertEquals(ExitCodes.FINDINGS, run("check", corpus.toString()));
        assertTrue(out.toString().contains("a.txt:1:1: error [missing-date] document has no"
                + " publication date"), out.toString());
        assertTrue(err.toString().contains("corpus-lint found 1 finding at severity error or"
                + " above"), err.toString());
    }

    @Test
    void findingBelowThresholdOrWithinBudgetExitsZero() throws IOException {
        Path corpus = corpus("a.txt", "No date header here\n\nThe boats stayed in port.\n");
        assertEquals(ExitCodes.CLEAN, run("check", "--fail-on", "none", corpus.toString()));
        assertEquals(ExitCodes.CLEAN, run("check", "--max-allowed-violations", "1",
                corpus.toString()));
        assertEquals(ExitCodes.CLEAN, run("check", "--severity", "missing-date=info",
                corpus.toString()));
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(ExitCodes.USAGE, run("check", "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test
    void missingCommandIsUsageError() {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(err.toString().contains("Missing command"), err.toString());
    }

    @Test
    void missingCorpusIsConfigurationErrorWithoutTrace() {
        Path missing = temp.resolve("nowhere");
        assertEquals(ExitCodes.USAGE, run("check", missing.toString()));
        assertEquals("corpus-lint: corpus directory " + missing + " does not exist; name the"
                + " folder that holds the articles", err.toString().strip());
    }

    @Test
    void badValuesNameTheirOption() throws IOException {
        Path corpus = corpus("a.txt", DATED);
        assertEquals(ExitCodes.USAGE, run("check", "--fail-on", "fatal", corpus.toString()));
        assertEquals(ExitCodes.USAGE, run("check", "--disable", "no-such-rule",
                corpus.toString()));
        assertEquals(ExitCodes.USAGE, run("check", "--rule-option", "typo.nope=1",
                corpus.toString()));
        assertEquals(ExitCodes.USAGE, run("check", "--threads", "-1", corpus.toString()));
        assertEquals(ExitCodes.USAGE, run("check", "--format", "pdf", corpus.toString()));
        String errors = err.toString();
        assertTrue(errors.contains("--fail-on: 'fatal' is not one of error, warning, info,"
                + " none"), errors);
        assertTrue(errors.contains("--disable: unknown rule id 'no-such-rule'"), errors);
        assertTrue(errors.contains("--rule-option: rule 'typo' has no option 'nope'"), errors);
        assertTrue(errors.contains("--threads: '-1' is negative"), errors);
        assertTrue(errors.contains("Invalid value for option '--format'"), errors);
        assertFalse(errors.contains("\tat "), errors);
    }

    @Test
    void badConfigurationFileIsConfigurationError() throws IOException {
        Path corpus = corpus("a.txt", DATED);
        Files.writeString(corpus.resolve("corpus-lint.yaml"), "rules:\n  no-such-rule:\n"
                + "    enabled: false\n");
        assertEquals(ExitCodes.USAGE, run("check", corpus.toString()));
        assertTrue(err.toString().startsWith("corpus-lint: "), err.toString());
        assertTrue(err.toString().contains("no-such-rule"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void emptyRunIsConfigurationErrorUnlessAllowed() throws IOException {
        Path corpus = corpus("notes.md", "not an article\n");
        assertEquals(ExitCodes.USAGE, run("check", corpus.toString()));
        assertEquals(ExitCodes.CLEAN, run("check", "--allow-empty", corpus.toString()));
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a defect");
        }
    }

    @Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryExitsThreeWithAdviceAndNoTrace() {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine cli = Main.configure(new CommandLine(new CorpusLintCommand())
                .addSubcommand("hungry", new Hungry()), outWriter, errWriter);
        assertEquals(ExitCodes.INTERNAL_ERROR,
                Main.run(cli, new String[] {"hungry"}, outWriter, errWriter));
        assertTrue(err.toString()
                .startsWith("corpus-lint: out of memory (Java heap space; at most "), err.toString());
        assertTrue(err.toString().contains("JAVA_OPTS=-Xmx8g"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void defectExitsThreeWithTrace() {
        CommandLine cli = new CommandLine(new CorpusLintCommand()).addSubcommand("boom", new Boom());
        Main.configure(cli, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(ExitCodes.INTERNAL_ERROR, cli.execute("boom"));
        assertTrue(err.toString().startsWith("corpus-lint: internal error"), err.toString());
        assertTrue(err.toString().contains("IllegalStateException: a defect"), err.toString());
    }

    @Test
    void explainUnknownRuleIsUsageError() {
        assertEquals(ExitCodes.USAGE, run("explain", "no-such-rule"));
        assertTrue(err.toString().startsWith("corpus-lint: unknown rule id 'no-such-rule'; known"
                + " rules: "), err.toString());
    }
}
