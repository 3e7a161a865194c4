package org.corpuslint.eval.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.run.CheckExecutor;
import org.corpuslint.run.CheckOutcome;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.ViolationBudget;

/**
 * Times check, baseline, check with a baseline, fix (dry run and real) on the clean corpus
 * copied {@code copies} times into a temporary folder, with a fixable defect planted in every
 * article: a glued header, a stated date with no header, or a day-first header date, in turn.
 * Then proves the round trips: after fix no finding with a fix is left, and a second fix
 * changes nothing. Run:
 * {@code mvn -o -q -pl corpus-lint-eval exec:java
 * -Dexec.mainClass=org.corpuslint.eval.fix.FixBaselineBenchmark -Dexec.args=5}
 */
public final class FixBaselineBenchmark {

    /** Every fix whatever its confidence: a stated date with no header is only likely. */
    private static final FixOptions EVERY_FIX =
            FixOptions.ALL_RULES.withMinimumConfidence(FixConfidence.UNSURE);

    private FixBaselineBenchmark() {}

    public static void main(String[] args) throws IOException {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Document> clean = CleanCorpus.load(CleanCorpus.locateOrExit());
        Path work = Files.createTempDirectory("corpus-lint-fix-bench");
        try {
            Path corpus = work.resolve("corpus");
            long plantStart = System.nanoTime();
            long words = plant(clean, copies, corpus);
            long plantMillis = (System.nanoTime() - plantStart) / 1_000_000;
            LintConfig config = LintConfig.builder()
                    .ruleOption("missing-date", "referenceDate", "2024-12-31").build();
            System.out.printf("corpus: %d documents, %,d words, %d threads%n",
                    clean.size() * copies, words, config.threads());
            // The file system's own cost, for comparison with fix's writes.
            System.out.printf("%-42s %,8d ms%n", "writing the planted corpus (plain writes)",
                    plantMillis);

            LintResult plain = time("check (lint only)",
                    () -> new CorpusLinter(config).lintDirectory(corpus));
            System.out.printf("  findings: %d, with a fix: %d%n", plain.findings().size(),
                    plain.findings().stream().filter(f -> f.fix() != null).count());
            Path baselineFile = work.resolve("corpus-lint-baseline.json");
            Baseline baseline = time("baseline (lint + fingerprints + write)", () -> {
                Baseline b = Baseline.record(config, corpus);
                b.write(baselineFile);
                return b;
            });
            System.out.printf("  baseline entries: %d, file %,d bytes%n",
                    baseline.entries().size(), Files.size(baselineFile));
            CheckOutcome withBaseline = time("check with the baseline", () ->
                    new CheckExecutor().execute(new CheckRequest(corpus, config,
                            work.resolve("reports"), List.of(), Severity.ERROR,
                            ViolationBudget.NONE, baselineFile)));
            System.out.printf("  new findings: %d, baselined: %d%n",
                    withBaseline.result().findings().size(), withBaseline.baseline().baselined());

            FixOutcome dry = time("fix, dry run (lint + fixes + diffs)", () ->
                    new CorpusFixer(config, EVERY_FIX.withDryRun(true)).fix(corpus));
            System.out.printf("  %s; diff %,d characters%n", dry.summary(), dry.diff().length());
            FixOutcome real = timeOnce("fix (lint + fixes + atomic writes)", () ->
                    new CorpusFixer(config, EVERY_FIX).fix(corpus));
            System.out.printf("  %s%n", real.summary());

            long fixableLeft = new CorpusLinter(config).lintDirectory(corpus).findings().stream()
                    .filter(f -> f.fix() != null).count();
            FixOutcome again = new CorpusFixer(config, EVERY_FIX).fix(corpus);
            System.out.printf("round trips: findings with a fix after fix: %d; second fix: %s%n",
                    fixableLeft, again.summary());
            CheckOutcome stale = new CheckExecutor().execute(new CheckRequest(corpus, config,
                    work.resolve("reports"), List.of(), Severity.ERROR, ViolationBudget.NONE,
                    baselineFile));
            System.out.printf("after fix, against the old baseline: %d new, %d baselined,"
                    + " %d fixed%n", stale.result().findings().size(),
                    stale.baseline().baselined(), stale.baseline().fixed().size());
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the planted copies; returns the number of words. */
    private static long plant(List<Document> clean, int copies, Path corpus) throws IOException {
        long words = 0;
        int n = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (Document document : clean) {
                String text = document.text();
                int firstBreak = text.indexOf('\n');
                String title = firstBreak < 0 ? text : text.substring(0, firstBreak);
                String rest = firstBreak < 0 ? "" : text.substring(firstBreak + 1);
                String planted = switch (n++ % 3) {
                    case 0 -> " date 2024-06-19 Share this article\n" + text;
                    case 1 -> title + "\nPublished On 19 Jun 2024\n" + rest;
                    default -> " date 19/06/2024\n" + text;
                };
                Path file = corpus.resolve("copy-" + copy).resolve(document.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, planted, StandardCharsets.UTF_8);
                words += text.split("\\s+").length;
            }
        }
        return words;
    }

    /** Runs {@code work} twice (the first warms the JVM up) and prints the second's time. */
    private static <T> T time(String what, Supplier<T> work) {
        work.get();
        return timeOnce(what, work);
    }

    /** Runs {@code work} once (it changes the corpus) and prints its time. */
    private static <T> T timeOnce(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%-42s %,8d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
