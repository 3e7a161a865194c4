package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;

/**
 * What a run whose findings went to a {@link FindingSink} returns: everything a
 * {@link LintResult} holds but the findings.
 *
 * @param documentCount the number of files and records considered
 * @param rules metadata of every rule that ran, plus the engine's own input checks
 * @param duplicateClusters the clusters of copies found, by canonical path
 * @param statistics the corpus statistics, counted before any baseline filters findings
 */
public record RunSummary(int documentCount, List<RuleMetadata> rules,
        List<DuplicateCluster> duplicateClusters, RunStatistics statistics) {

    public RunSummary {
        rules = List.copyOf(rules);
        duplicateClusters = List.copyOf(duplicateClusters);
    }
}
