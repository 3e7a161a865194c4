package org.corpuslint.engine;

import java.util.List;
import java.util.Map;
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
        List<DuplicateCluster> duplicateClusters, RunStatistics statistics)
        implements RunFindings {

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

    /** The findings counted; computed on each call. */
    @Override
    public FindingCounts counts() {
        return FindingCounts.of(findings);
    }

    @Override
    public FindingCursor openFindings() {
        return FindingCursor.of(findings.iterator());
    }

    public Map<Severity, Integer> countBySeverity() {
        return counts().bySeverity();
    }

    /** Rule id → severity → count, sorted by rule id. */
    public Map<String, Map<Severity, Integer>> countByRule() {
        return counts().byRule();
    }

    /** Number of findings at {@code threshold} or more severe. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
