package org.corpuslint.eval.boilerplate;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rules.boilerplate.BoilerplateRule;

/**
 * What the boilerplate rule adds to a full check: lints the clean corpus folder with all
 * built-in rules, alternately with {@code boilerplate} disabled and enabled, and compares the
 * median wall-clock times. Each run reads the files, builds the corpus profile and checks
 * every document, as {@code corpus-lint:check} does.
 *
 * <p>{@code mvn -o -q -pl corpus-lint-eval exec:java
 * -Dexec.mainClass=org.corpuslint.eval.boilerplate.BoilerplateBenchmark} ({@code -Druns=N},
 * default 15; {@code -Dthreads=N}, default 1 to keep the figure stable on a shared machine).
 */
public final class BoilerplateBenchmark {

    private BoilerplateBenchmark() {}

    public static void main(String[] args) {
        Path root = CleanCorpus.locateOrExit();
        int runs = Integer.getInteger("runs", 15);
        int threads = Integer.getInteger("threads", 1);
        LintConfig with = LintConfig.builder().threads(threads).build();
        LintConfig without = with.toBuilder().disableRule(BoilerplateRule.ID).build();
        for (int i = 0; i < 3; i++) {
            time(without, root);
            time(with, root);
        }
        long[] off = new long[runs];
        long[] on = new long[runs];
        long[] offCpu = new long[runs];
        long[] onCpu = new long[runs];
        int findings = 0;
        int documents = 0;
        for (int i = 0; i < runs; i++) {
            long cpu = cpuNanos();
            off[i] = time(without, root);
            offCpu[i] = cpuNanos() - cpu;
            cpu = cpuNanos();
            long start = System.nanoTime();
            LintResult result = new CorpusLinter(with).lintDirectory(root);
            on[i] = System.nanoTime() - start;
            onCpu[i] = cpuNanos() - cpu;
            findings = (int) result.findings().stream()
                    .filter(f -> f.ruleId().equals(BoilerplateRule.ID)).count();
            documents = result.documentCount();
        }
        double offMs = median(off) / 1e6;
        double onMs = median(on) / 1e6;
        System.out.printf(Locale.ROOT, "%d documents in %s, %d runs each, %d thread(s)%n",
                documents, root, runs, threads);
        System.out.printf(Locale.ROOT, "full check without boilerplate: median %.1f ms%n", offMs);
        System.out.printf(Locale.ROOT, "full check with boilerplate:    median %.1f ms%n", onMs);
        System.out.printf(Locale.ROOT, "boilerplate adds %.1f%% (%d boilerplate findings)%n",
                100 * (onMs - offMs) / offMs, findings);
        double offCpuMs = median(offCpu) / 1e6;
        double onCpuMs = median(onCpu) / 1e6;
        System.out.printf(Locale.ROOT, "process CPU time: median %.1f ms without, %.1f ms with:"
                + " boilerplate adds %.1f%%%n", offCpuMs, onCpuMs,
                100 * (onCpuMs - offCpuMs) / offCpuMs);
        ruleAlone(root, runs, offMs);
    }

    /**
     * The rule's own cost, less exposed to noise from other processes: the documents and the
     * profile are built once, then only the boilerplate rule checks every document.
     */
    private static void ruleAlone(Path root, int runs, double fullCheckMs) {
        List<Document> documents = CleanCorpus.load(root);
        CorpusProfile profile = new CorpusProfile();
        documents.forEach(profile::add);
        CorpusLinter rule = new CorpusLinter(LintConfig.builder().threads(1).build(),
                List.of(BoilerplateRule::new));
        for (int i = 0; i < 5; i++) {
            rule.lintDocuments(documents, profile);
        }
        long[] times = new long[runs];
        long[] cpuTimes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            rule.lintDocuments(documents, profile);
            times[i] = System.nanoTime() - start;
            cpuTimes[i] = cpuNanos() - cpu;
        }
        double ms = median(times) / 1e6;
        long lines = documents.stream().mapToLong(Document::lineCount).sum();
        System.out.printf(Locale.ROOT, "boilerplate rule alone (documents and profile in memory):"
                + " median %.1f ms wall, %.1f ms CPU for %d lines, %.2f µs a line (wall),"
                + " %.1f%% of the full check without it%n", ms, median(cpuTimes) / 1e6, lines,
                1000 * ms / lines, 100 * ms / fullCheckMs);
    }

    /** CPU time of this JVM, all threads: less disturbed than wall time by other processes. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long time(LintConfig config, Path root) {
        long start = System.nanoTime();
        new CorpusLinter(config).lintDirectory(root);
        return System.nanoTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
