package org.corpuslint.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.corpuslint.engine.LintResult;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;

/**
 * The merged reports of the run (SARIF, JSON, HTML, Checkstyle: the single-machine writers,
 * with their caps), written by the driver into the output folder; on a remote file system they
 * are written locally first and copied. The HTML report shows document texts only for a
 * {@code .txt} corpus on the local file system, where the driver can read them.
 */
final class SummaryReports {

    private SummaryReports() {}

    static void write(LintResult result, SparkLintOptions options, Configuration hadoop) {
        if (options.reports().isEmpty()) {
            return;
        }
        ReportContext context = new ReportContext(localFolder(options.input(), hadoop)
                .filter(folder -> options.format() == InputFormat.TXT).orElse(null));
        java.util.Optional<Path> localOutput = localFolder(options.output(), hadoop);
        try {
            Path target = localOutput.isPresent() ? localOutput.get()
                    : Files.createTempDirectory("corpus-lint-reports");
            List<Path> written = ReportWriters.writeAll(result, context, options.reports(),
                    target);
            if (localOutput.isEmpty()) {
                org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(options.output());
                FileSystem fs = output.getFileSystem(hadoop);
                for (Path file : written) {
                    fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(file.toUri()),
                            new org.apache.hadoop.fs.Path(output, file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder as a local path, when it is on the local file system. */
    static java.util.Optional<Path> localFolder(String location, Configuration hadoop) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
            URI uri = path.getFileSystem(hadoop).makeQualified(path).toUri();
            return "file".equals(uri.getScheme()) ? java.util.Optional.of(Path.of(uri))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
