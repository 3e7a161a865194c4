package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.corpuslint.model.Finding;
import org.corpuslint.report.ConsoleReport;
import java.util.List;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;

/**
 * Logs a check's findings as compiler-style lines
 * ({@code path:line:col: severity [rule-id] message (suggestion: ...)}) at the log level of
 * their severity, then the summary, what {@code fix} would do with the fixes, and the report
 * files. Paths are printed relative to the folder Maven was started in (the shell's current
 * folder, not the project's with {@code -f}), so a path in the log opens from that terminal and
 * IDEs and CI logs turn it into a link; a file outside that folder is printed absolute.
 */
final class FindingLog {

    private final Log log;
    private final ConsoleReport console;

    FindingLog(Log log, Path workingDirectory, Path corpusRoot) {
        this.log = log;
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path root = corpusRoot.toAbsolutePath().normalize();
        this.console = new ConsoleReport(relative -> displayPath(base, root, relative));
    }

    /** Reads the findings in one pass: a streamed run's are never all in memory. */
    void print(RunFindings result, List<Path> reports) {
        try (FindingCursor findings = result.openFindings()) {
            while (findings.hasNext()) {
                Finding finding = findings.next();
                String line = console.line(finding);
                switch (finding.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        console.summary(result).forEach(log::info);
        console.fixHint(result).ifPresent(log::info);
        reports.forEach(report -> log.info("corpus-lint report: " + report));
    }

    static String displayPath(Path base, Path root, String corpusRelative) {
        Path file = root.resolve(corpusRelative);
        String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        return shown.replace(File.separatorChar, '/');
    }
}
