package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Severity;
import org.corpuslint.report.JsonReportWriter;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriter;
import org.corpuslint.report.ReportWriters;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails leaves no report behind: neither half of its own nor a previous run's. */
class StaleReportsTest {

    private static final List<String> PREVIOUS = List.of("corpus-lint-checkstyle.xml",
            "corpus-lint.html", "corpus-lint.json", "corpus-lint.sarif");

    @TempDir
    Path folder;

    @TempDir
    Path output;

    private TempCorpus corpus;

    @BeforeEach
    void previousRun() throws IOException {
        corpus = new TempCorpus(folder).file("a.txt", " date 2024-06-19\nHarbour news\n");
        for (String name : PREVIOUS) {
            Files.writeString(output.resolve(name), "from the previous run");
        }
        // A temporary file a killed run left beside the reports.
        Files.writeString(output.resolve("corpus-lint.json123.tmp"), "half");
        Files.writeString(output.resolve("notes.txt"), "not a report");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes half a SARIF log, then fails as {@code failure} says. */
    private static ReportWriter failingMidway(Throwable failure) {
        return new ReportWriter() {
            @Override
            public String format() {
                return "sarif";
            }

            @Override
            public String fileName() {
                return "corpus-lint.sarif";
            }

            @Override
            public void write(RunFindings result, ReportContext context, OutputStream out)
                    throws IOException {
                out.write("{\"runs\" : [".getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    private LintResult result() {
        return new LintResult(List.of(), 1, List.of());
    }

    @Test
    void aWriterFailingMidwayLeavesNoHalfReportAndNoPreviousOne() {
        List<ReportWriter> writers = List.of(new JsonReportWriter(),
                failingMidway(new IOException("disk full")));
        CorpusLintException thrown = assertThrows(CorpusLintException.class,
                () -> ReportWriters.write(result(), new ReportContext(null), writers, output));
        assertEquals("cannot write reports to " + output + ": java.io.IOException: disk full",
                thrown.getMessage());
        assertEquals(List.of("notes.txt"), assertDoesNotThrow(this::listing));
    }

    @Test
    void runningOutOfMemoryInAWriterLeavesNoReport() {
        List<ReportWriter> writers = List.of(new JsonReportWriter(),
                failingMidway(new OutOfMemoryError("Java heap space")));
        assertThrows(OutOfMemoryError.class,
                () -> ReportWriters.write(result(), new ReportContext(null), writers, output));
        assertEquals(List.of("notes.txt"), assertDoesNotThrow(this::listing));
    }

    @Test
    void aConfigurationErrorAfterAPreviousRunLeavesNoPreviousReport() {
        LintConfig unknownRule = LintConfig.builder().ruleSeverity("typos", Severity.ERROR)
                .build();
        CheckRequest request = new CheckRequest(corpus.root(), unknownRule, output,
                List.of("sarif", "json"), Severity.ERROR);
        assertThrows(CorpusLintException.class, () -> new CheckExecutor().execute(request));
        assertEquals(List.of("notes.txt"), assertDoesNotThrow(this::listing));
    }

    @Test
    void aSuccessfulRunReplacesOnlyTheReportsItWrites() throws IOException {
        CheckRequest request = new CheckRequest(corpus.root(), LintConfig.builder().threads(1)
                .build(), output, List.of("json"), Severity.ERROR);
        new CheckExecutor().execute(request);
        assertEquals(List.of("corpus-lint.json", "notes.txt"), listing());
        assertEquals(true, Files.readString(output.resolve("corpus-lint.json"))
                .contains("\"documents\" : 1"));
    }

    @Test
    void reportFilesInsideTheCorpusAreNeverRemoved() throws IOException {
        corpus.file("corpus-lint.json", "a corpus file");
        LintConfig unknownRule = LintConfig.builder().ruleSeverity("typos", Severity.ERROR)
                .build();
        CheckRequest request = new CheckRequest(corpus.root(), unknownRule, corpus.root(),
                List.of("json"), Severity.ERROR);
        assertThrows(CorpusLintException.class, () -> new CheckExecutor().execute(request));
        assertEquals("a corpus file", Files.readString(corpus.path("corpus-lint.json")));
    }

    private static <T> T assertDoesNotThrow(
            org.junit.jupiter.api.function.ThrowingSupplier<T> supplier) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(supplier);
    }
}
