package org.corpuslint.fix;

import java.util.Set;
import java.util.TreeSet;

/**
 * How {@code fix} runs.
 *
 * @param rules the ids of the rules whose fixes may be applied; empty for every rule
 * @param dryRun {@code true} to compute the diff of each file without writing anything
 */
public record FixOptions(Set<String> rules, boolean dryRun) {

    public static final FixOptions ALL_RULES = new FixOptions(Set.of(), false);

    public FixOptions {
        rules = java.util.Collections.unmodifiableSet(new TreeSet<>(rules));
    }

    public boolean allows(String ruleId) {
        return rules.isEmpty() || rules.contains(ruleId);
    }

    public FixOptions withDryRun(boolean value) {
        return new FixOptions(rules, value);
    }
}
