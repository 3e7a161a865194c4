package org.corpuslint.eval.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.BatchProgress;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;

/**
 * A check as {@code mvn corpus-lint:check} runs it (every rule, the four reports, batch
 * progress on standard error) over one corpus folder; prints documents, findings and seconds.
 * Usage: {@code ScaleCheck <corpus folder> <output folder>}. Time and peak memory come from
 * {@code /usr/bin/time -v} in {@code scripts/scale-benchmark.sh}.
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
        CheckOutcome outcome = new CheckExecutor().execute(new CheckRequest(corpus, config,
                output, List.of("sarif", "json", "html", "checkstyle"), Severity.ERROR));
        System.out.printf("%s: %,d documents, %,d findings, %.1f s%n", corpus,
                outcome.result().documentCount(), outcome.result().findings().size(),
                (System.nanoTime() - start) / 1e9);
        outcome.result().statistics().total().findingsByRule().forEach((rule, n) ->
                System.out.printf("  %s: %,d%n", rule, n));
    }
}
