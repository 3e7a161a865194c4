package org.corpuslint.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;

/**
 * What a run found.
 *
 * @param findings every finding, in {@link Finding#REPORT_ORDER}
 * @param documentCount the number of files considered (linted or reported as invalid input)
 * @param rules metadata of every rule that ran, plus the engine's own input checks
 * @param duplicateClusters the clusters of copies the {@code duplicate-document} rule found
 *     among the linted documents, by canonical path (empty when it did not run)
 * @param statistics documents, words and findings per rule, by outlet and by month, counted over
 *     the whole corpus while it was linted (before a baseline filters findings)
 */
public record LintResult(List<Finding> findings, int documentCount, List<RuleMetadata> rules,
        List<DuplicateCluster> duplicateClusters, RunStatistics statistics) {

    public LintResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        duplicateClusters = List.copyOf(duplicateClusters);
        statistics = statistics == null ? RunStatistics.empty() : statistics;
    }

    /** A result without duplicate clusters or corpus statistics. */
    public LintResult(List<Finding> findings, int documentCount, List<RuleMetadata> rules) {
        this(findings, documentCount, rules, List.of(), RunStatistics.empty());
    }

    /** A result without corpus statistics. */
    public LintResult(List<Finding> findings, int documentCount, List<RuleMetadata> rules,
            List<DuplicateCluster> duplicateClusters) {
        this(findings, documentCount, rules, duplicateClusters, RunStatistics.empty());
    }

    /** A result without duplicate clusters. */
    public LintResult(List<Finding> findings, int documentCount, List<RuleMetadata> rules,
            RunStatistics statistics) {
        this(findings, documentCount, rules, List.of(), statistics);
    }

    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Rule id → severity → count, sorted by rule id. */
    public Map<String, Map<Severity, Integer>> countByRule() {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class))
                    .merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** Number of findings at {@code threshold} or more severe. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
