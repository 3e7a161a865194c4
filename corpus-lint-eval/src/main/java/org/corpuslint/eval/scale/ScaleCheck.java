package org.corpuslint.eval.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.BatchProgress;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.StreamedCheckOutcome;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.report.ConsoleReport;
import org.corpuslint.run.CheckRequest;

/**
 * A check as {@code mvn corpus-lint:check} runs it (every rule, the four reports, batch
 * progress on standard error, findings streamed to the writers) over one corpus folder; prints
 * documents, findings, seconds and each rule's share of the rules' CPU time.
 * Usage: {@code ScaleCheck <corpus folder> <output folder>}; {@code -Dscale.mode=held} runs the
 * check that holds every finding in memory instead, for comparison. Time and peak memory come
 * from {@code /usr/bin/time -v} in {@code scripts/scale-benchmark.sh}.
 */
public final class ScaleCheck {

    private ScaleCheck() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        Files.createDirectories(output);
        long start = System.nanoTime();
        LintConfig config = LintConfig.builder()
                .ruleOption("missing-date", "referenceDate", "2026-01-01")
                .progress(new BatchProgress(System.err::println)).build();
        CheckRequest request = new CheckRequest(corpus, config, output,
                List.of("sarif", "json", "html", "checkstyle"), Severity.ERROR)
                .withRuleTimes(true);
        boolean held = "held".equals(System.getProperty("scale.mode"));
        RunFindings result;
        StreamedCheckOutcome streamed = null;
        if (held) {
            result = new CheckExecutor().execute(request).result();
        } else {
            streamed = new CheckExecutor().executeStreaming(request);
            result = streamed.result();
        }
        try {
            System.out.printf("%s (%s): %,d documents, %,d findings, %.1f s%n", corpus,
                    held ? "held" : "streamed", result.documentCount(), result.counts().total(),
                    (System.nanoTime() - start) / 1e9);
            result.statistics().total().findingsByRule().forEach((rule, n) ->
                    System.out.printf("  %s: %,d%n", rule, n));
            ConsoleReport.ruleTimes(result.statistics()).forEach(System.out::println);
        } finally {
            if (streamed != null) {
                streamed.close();
            }
        }
    }
}
