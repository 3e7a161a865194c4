package org.corpuslint.eval.duplicate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.date.DateConsistencyRule;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;
import org.corpuslint.rules.encoding.EncodingRule;
import org.corpuslint.rules.language.LanguageRule;

/**
 * The CPU time the four rules of issue 18 ({@code duplicate-document}, {@code date-consistency},
 * {@code encoding}, {@code language}) add to a check of the clean corpus, on one thread:
 *
 * <ul>
 *   <li>warm (default), in one JVM after one warm-up of each: (1) the full check from disk
 *       (profile, every rule) against the same check without the four, in turns, best of
 *       {@code -Druns=5}; (2) each rule alone on the documents held in memory against no rule
 *       at all (the profile pass and the loop, which every configuration pays), in turns, best
 *       of {@code -Drounds=15}: the rule's own cost, its statistics included. Thread CPU time of
 *       the one thread that runs everything, so the JIT and garbage collector threads of a
 *       loaded machine add no noise. What is loaded once per JVM (the language identifier's
 *       profiles, which the typo rule also reads) is not counted here;
 *   <li>cold: {@code -Donce=all|without-new|without-<rule id>} runs that one check in this JVM
 *       and prints the CPU time of the whole process, start-up and loading included; run it in
 *       fresh JVMs, configurations in turns.
 * </ul>
 *
 * CPU time, not wall time: on a shared, loaded machine wall time measures the neighbours.
 */
public final class NewRulesCost {

    private static final List<String> NEW_RULES = List.of(DuplicateDocumentRule.ID,
            DateConsistencyRule.ID, EncodingRule.ID, LanguageRule.ID);

    private NewRulesCost() {}

    public static void main(String[] args) {
        Path root = CleanCorpus.locateOrExit();
        int threads = Integer.getInteger("threads", 1);
        Map<String, LintConfig> configs = configurations(threads);
        String once = System.getProperty("once");
        if (once != null) {
            LintResult result = new CorpusLinter(configs.get(once)).lintDirectory(root);
            System.out.printf(Locale.ROOT, "%s: %d findings, process CPU %.2f s%n", once,
                    result.findings().size(), cpuNanos() / 1e9);
            return;
        }
        int runs = Integer.getInteger("runs", 5);
        Map<String, Double> best = new LinkedHashMap<>();
        List<String> compared = List.of("all", "without-new");
        compared.forEach(name -> time(configs.get(name), root));
        for (int run = 0; run < runs; run++) {
            compared.forEach(name -> best.merge(name, time(configs.get(name), root), Math::min));
        }
        LintResult result = new CorpusLinter(configs.get("all")).lintDirectory(root);
        System.out.printf(Locale.ROOT, "%s, %d documents, %d thread(s), thread CPU time, warm"
                + " JVM:%n", root, result.documentCount(), threads, runs);
        System.out.printf(Locale.ROOT, "  full check from disk %.2f s; without the four rules"
                + " %.2f s; added %.2f s (best of %d)%n", best.get("all"),
                best.get("without-new"), best.get("all") - best.get("without-new"), runs);
        for (String id : NEW_RULES) {
            System.out.printf(Locale.ROOT, "  findings of %s: %d%n", id, result.findings()
                    .stream().filter(f -> f.ruleId().equals(id)).count());
        }
        ruleByRule(CleanCorpus.load(root), Integer.getInteger("rounds", 15));
        inMemoryDuplicateCost(root, runs);
    }

    /** Each new rule alone, and the four together, against no rule, on documents in memory. */
    private static void ruleByRule(List<Document> documents, int rounds) {
        LintConfig config = LintConfig.builder().threads(1).build();
        Map<String, List<Supplier<Rule>>> sets = new LinkedHashMap<>();
        sets.put("no rule", List.of());
        sets.put(DuplicateDocumentRule.ID, List.of(DuplicateDocumentRule::new));
        sets.put(DateConsistencyRule.ID, List.of(DateConsistencyRule::new));
        sets.put(EncodingRule.ID, List.of(EncodingRule::new));
        sets.put(LanguageRule.ID, List.of(LanguageRule::new));
        sets.put("the four together", List.of(DuplicateDocumentRule::new,
                DateConsistencyRule::new, EncodingRule::new, LanguageRule::new));
        Map<String, Double> best = new LinkedHashMap<>();
        sets.forEach((name, rules) -> time(config, rules, documents));
        for (int round = 0; round < rounds; round++) {
            sets.forEach((name, rules) -> best.merge(name, time(config, rules, documents),
                    Math::min));
        }
        double none = best.get("no rule");
        System.out.printf(Locale.ROOT, "  in memory, best of %d: no rule %.3f s (profile pass"
                + " and loop)%n", rounds, none);
        best.forEach((name, seconds) -> {
            if (!name.equals("no rule")) {
                System.out.printf(Locale.ROOT, "    %-20s %.3f s, added %.3f s%n", name, seconds,
                        seconds - none);
            }
        });
    }

    private static double time(LintConfig config, List<Supplier<Rule>> rules,
            List<Document> documents) {
        long started = threadCpuNanos();
        new CorpusLinter(config, rules).lintDocuments(documents, null);
        return (threadCpuNanos() - started) / 1e9;
    }

    /** The full check, the check without the four new rules, and without each one alone. */
    private static Map<String, LintConfig> configurations(int threads) {
        Map<String, LintConfig> configs = new LinkedHashMap<>();
        configs.put("all", LintConfig.builder().threads(threads).build());
        LintConfig.Builder without = LintConfig.builder().threads(threads);
        NEW_RULES.forEach(without::disableRule);
        configs.put("without-new", without.build());
        for (String id : NEW_RULES) {
            configs.put("without-" + id,
                    LintConfig.builder().threads(threads).disableRule(id).build());
        }
        return configs;
    }

    /** Signatures and clustering alone, in memory: what duplicate detection costs. */
    private static void inMemoryDuplicateCost(Path root, int runs) {
        List<Document> documents = new ArrayList<>(CleanCorpus.load(root));
        double signatures = Double.MAX_VALUE;
        double clustering = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long started = threadCpuNanos();
            DuplicateSignatures counted = DuplicateSignatures.STATISTIC.empty();
            documents.forEach(d -> DuplicateSignatures.STATISTIC.add(counted, d));
            long signed = threadCpuNanos();
            DuplicateClusters.find(counted, DuplicateClusters.DEFAULT_THRESHOLD);
            long clustered = threadCpuNanos();
            signatures = Math.min(signatures, (signed - started) / 1e9);
            clustering = Math.min(clustering, (clustered - signed) / 1e9);
        }
        System.out.printf(Locale.ROOT, "  duplicate detection in memory: signatures %.3f s,"
                + " clustering %.3f s (CPU time, best of %d)%n", signatures, clustering, runs);
    }

    private static double time(LintConfig config, Path root) {
        long started = threadCpuNanos();
        new CorpusLinter(config).lintDirectory(root);
        return (threadCpuNanos() - started) / 1e9;
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean()
                .getCurrentThreadCpuTime();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
