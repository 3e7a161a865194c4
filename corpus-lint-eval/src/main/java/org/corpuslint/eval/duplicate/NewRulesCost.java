package org.corpuslint.eval.duplicate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.rules.date.DateConsistencyRule;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;

/**
 * The run time {@code duplicate-document} and {@code date-consistency} add to a full check of
 * the clean corpus (read from disk, profile, every rule): the check with all built-in rules
 * against the same check with those two disabled, alternating, best of {@code -Druns=5} each,
 * after one warm-up of each, in process CPU time. {@code -Dthreads=N} (default 1).
 */
public final class NewRulesCost {

    private NewRulesCost() {}

    public static void main(String[] args) {
        Path root = CleanCorpus.locateOrExit();
        int runs = Integer.getInteger("runs", 5);
        int threads = Integer.getInteger("threads", 1);
        LintConfig all = LintConfig.builder().threads(threads).build();
        LintConfig without = LintConfig.builder().threads(threads)
                .disableRule(DuplicateDocumentRule.ID).disableRule(DateConsistencyRule.ID).build();
        time(all, root);
        time(without, root);
        double bestAll = Double.MAX_VALUE;
        double bestWithout = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            bestAll = Math.min(bestAll, time(all, root));
            bestWithout = Math.min(bestWithout, time(without, root));
        }
        LintResult result = new CorpusLinter(all).lintDirectory(root);
        long added = result.findings().stream().filter(f -> f.ruleId().equals(
                DuplicateDocumentRule.ID) || f.ruleId().equals(DateConsistencyRule.ID)).count();
        System.out.printf(Locale.ROOT, "%s, %d documents, %d thread(s), best of %d:%n", root,
                result.documentCount(), threads, runs);
        System.out.printf(Locale.ROOT, "  full check %.2f s CPU; without the two rules %.2f s;"
                + " added %.2f s (%.1f%%)%n", bestAll, bestWithout, bestAll - bestWithout,
                100 * (bestAll - bestWithout) / bestWithout);
        System.out.printf(Locale.ROOT, "  findings of the two rules: %d (%d clusters)%n", added,
                result.duplicateClusters().size());
        List<Document> documents = CleanCorpus.load(root);
        double signatures = Double.MAX_VALUE;
        double clustering = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long started = cpuNanos();
            DuplicateSignatures counted = DuplicateSignatures.STATISTIC.empty();
            documents.forEach(d -> DuplicateSignatures.STATISTIC.add(counted, d));
            long signed = cpuNanos();
            DuplicateClusters.find(counted, 0.75);
            long clustered = cpuNanos();
            signatures = Math.min(signatures, (signed - started) / 1e9);
            clustering = Math.min(clustering, (clustered - signed) / 1e9);
        }
        System.out.printf(Locale.ROOT, "  of which, in memory: signatures %.3f s, clustering %.3f s"
                + " (CPU time, best of %d)%n", signatures, clustering, runs);
    }

    /**
     * CPU seconds of the whole process (JIT and GC included) for one check: on a shared,
     * loaded machine wall time measures the neighbours, CPU time the work.
     */
    private static double time(LintConfig config, Path root) {
        long started = cpuNanos();
        new CorpusLinter(config).lintDirectory(root);
        return (cpuNanos() - started) / 1e9;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
