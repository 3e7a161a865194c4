package org.corpuslint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.io.AtomicFiles;

/** The report formats by name, and writing the chosen ones into an output folder. */
public final class ReportWriters {

    private static final Map<String, Supplier<ReportWriter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("sarif", SarifReportWriter::new);
        FORMATS.put("json", JsonReportWriter::new);
        FORMATS.put("html", HtmlReportWriter::new);
        FORMATS.put("checkstyle", CheckstyleXmlReportWriter::new);
    }

    private ReportWriters() {}

    public static List<String> formats() {
        return List.copyOf(FORMATS.keySet());
    }

    public static ReportWriter forFormat(String format) {
        Supplier<ReportWriter> writer = FORMATS.get(format.trim().toLowerCase(java.util.Locale.ROOT));
        if (writer == null) {
            throw new CorpusLintException("unknown report format '" + format + "'; known formats: "
                    + String.join(", ", FORMATS.keySet()));
        }
        return writer.get();
    }

    /**
     * Writes each format into {@code outputDirectory}. Each file is written atomically
     * ({@link AtomicFiles}), so a failed run never leaves a half-written report.
     *
     * @return the files written
     */
    public static List<Path> writeAll(RunFindings result, ReportContext context,
            List<String> formats, Path outputDirectory) {
        return write(result, context,
                formats.stream().map(ReportWriters::forFormat).toList(), outputDirectory);
    }

    /**
     * Writes with the given writers, as {@link #writeAll} does with the named formats. If any
     * writer fails (an exception, or an error such as running out of memory), no report of
     * this run or an earlier one is left behind: a half-finished run must not leave files that
     * pass for its reports.
     */
    public static List<Path> write(RunFindings result, ReportContext context,
            List<ReportWriter> writers, Path outputDirectory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outputDirectory);
            for (ReportWriter writer : writers) {
                Path target = outputDirectory.resolve(writer.fileName());
                AtomicFiles.write(target, out -> writer.write(result, context, out));
                written.add(target);
            }
        } catch (IOException e) {
            removeAfterFailure(outputDirectory, writers);
            throw new CorpusLintException("cannot write reports to " + outputDirectory + ": " + e,
                    e);
        } catch (RuntimeException | Error e) {
            removeAfterFailure(outputDirectory, writers);
            throw e;
        }
        return written;
    }

    /**
     * Deletes the reports of every format (and any temporary file a killed run left beside
     * them) from {@code outputDirectory}, so that a run that fails later leaves no report that
     * passes for its own. A check calls this before it starts; only corpus-lint's own file
     * names are touched.
     */
    public static void removeReports(Path outputDirectory) {
        try {
            removeReports(outputDirectory, List.of());
        } catch (IOException e) {
            throw new CorpusLintException("cannot remove the previous reports from "
                    + outputDirectory + ": " + e, e);
        }
    }

    private static void removeAfterFailure(Path outputDirectory, List<ReportWriter> writers) {
        try {
            removeReports(outputDirectory, writers);
        } catch (IOException | RuntimeException suppressed) {
            // The write failure is what the user must see; this is best effort on top of it.
        }
    }

    private static void removeReports(Path outputDirectory, List<ReportWriter> extraWriters)
            throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        FORMATS.values().forEach(w -> names.add(w.get().fileName()));
        extraWriters.forEach(w -> names.add(w.fileName()));
        for (String name : names) {
            Files.deleteIfExists(outputDirectory.resolve(name));
        }
        try (java.util.stream.Stream<Path> files = Files.list(outputDirectory)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".tmp") && names.stream().anyMatch(fileName::startsWith)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
