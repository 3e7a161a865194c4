package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunFindings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    @TempDir
    Path corpus;

    @TempDir
    Path output;

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachFormatIntoTheOutputFolderReplacingOldReports() throws IOException {
        Path reports = output.resolve("target/corpus-lint");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("corpus-lint.json"), "old");
        List<Path> written = ReportWriters.writeAll(ReportFixtures.threeDocuments(corpus),
                new ReportContext(corpus), List.of("sarif", "json"), reports);
        assertEquals(List.of(reports.resolve("corpus-lint.sarif"),
                reports.resolve("corpus-lint.json")), written);
        assertEquals(List.of("corpus-lint.json", "corpus-lint.sarif"), listing(reports));
        assertTrue(Files.readString(reports.resolve("corpus-lint.json")).contains("\"findings\""));
    }

    @Test
    void reportsAreReadableByEveryoneNotJustTheOwnerOfTheTemporaryFile() throws IOException {
        Assumptions.assumeTrue(output.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        List<Path> written = ReportWriters.writeAll(ReportFixtures.threeDocuments(corpus),
                new ReportContext(corpus), ReportWriters.formats(), output);
        assertEquals(4, written.size());
        for (Path report : written) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(report)), report.toString());
        }
    }

    @Test
    void unknownFormatIsAClearError() {
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> ReportWriters.forFormat("pdf"));
        assertTrue(e.getMessage().startsWith("unknown report format 'pdf'; known formats: sarif,"
                + " json"), e.getMessage());
    }

    @Test
    void failureNamesTheOutputFolder() throws IOException {
        Path blocker = Files.writeString(output.resolve("not-a-folder"), "x");
        Path reports = blocker.resolve("corpus-lint");
        LintResult result = ReportFixtures.threeDocuments(corpus);
        CorpusLintException e = assertThrows(CorpusLintException.class, () -> ReportWriters
                .writeAll(result, new ReportContext(corpus), List.of("json"), reports));
        assertTrue(e.getMessage().startsWith("cannot write reports to " + reports + ": "),
                e.getMessage());
    }

    @Test
    void writerThatFailsHalfWayLeavesNeitherAHalfReportNorThePreviousOne() throws IOException {
        Files.writeString(output.resolve("half.txt"), "previous complete report");
        ReportWriter failing = new ReportWriter() {
            @Override
            public String format() {
                return "half";
            }

            @Override
            public String fileName() {
                return "half.txt";
            }

            @Override
            public void write(RunFindings result, ReportContext context, OutputStream out)
                    throws IOException {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }
        };
        LintResult result = ReportFixtures.threeDocuments(corpus);
        CorpusLintException e = assertThrows(CorpusLintException.class, () -> ReportWriters
                .write(result, new ReportContext(corpus), List.of(failing), output));
        assertEquals("cannot write reports to " + output + ": java.io.IOException: disk full",
                e.getMessage());
        // The previous report would pass for this failed run's: it is gone too.
        assertEquals(List.of(), listing(output));
    }
}
