package org.corpuslint.eval.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintResult;
import org.corpuslint.report.ReportContext;
import org.corpuslint.report.ReportWriters;

/**
 * Lints one corpus folder as {@code mvn corpus-lint:check} does (its own corpus-lint.yaml
 * included) and writes the SARIF and JSON reports, so an external scorer can read them without
 * installing the plugin. Usage: {@code LintToReports <corpus> <output folder>}.
 */
public final class LintToReports {

    private LintToReports() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LintToReports <corpus folder> <output folder>");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        Files.createDirectories(output);
        long start = System.nanoTime();
        LintResult result = CorpusLinter.forCorpus(corpus).lintDirectory(corpus);
        ReportWriters.writeAll(result, new ReportContext(corpus), List.of("sarif", "json"), output);
        System.out.printf("%s: %d findings in %.1f s -> %s%n", corpus, result.findings().size(),
                (System.nanoTime() - start) / 1e9, output);
    }
}
