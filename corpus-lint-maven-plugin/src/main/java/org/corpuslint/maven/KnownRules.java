package org.corpuslint.maven;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rules.BuiltInRules;

/**
 * The rules a configuration may name. Checked before the run, so a misspelt rule id or option
 * fails at once with the setting it came from, instead of being ignored or found after the
 * corpus has been read.
 */
final class KnownRules {

    private final Map<String, RuleMetadata> byId = new TreeMap<>();

    KnownRules(Iterable<Supplier<Rule>> factories) {
        for (Supplier<Rule> factory : factories) {
            RuleMetadata metadata = factory.get().metadata();
            byId.put(metadata.id(), metadata);
        }
    }

    static KnownRules builtIn() {
        return new KnownRules(BuiltInRules.factories());
    }

    /** The trimmed id, when it names a known rule. */
    String requireRule(String id, Setting setting) throws MojoExecutionException {
        String trimmed = id == null ? "" : id.trim();
        if (trimmed.isEmpty()) {
            throw setting.invalid("a rule has no id; known rules: " + String.join(", ", byId.keySet()));
        }
        if (!byId.containsKey(trimmed)) {
            throw setting.invalid("unknown rule id '" + trimmed + "'; known rules: "
                    + String.join(", ", byId.keySet()));
        }
        return trimmed;
    }

    /** Fails on an option key the rule does not declare in its metadata. */
    void requireOptions(String ruleId, Set<String> keys, Setting setting)
            throws MojoExecutionException {
        Set<String> declared = new TreeSet<>();
        for (RuleOption option : byId.get(ruleId).options()) {
            declared.add(option.name());
        }
        for (String key : new TreeSet<>(keys)) {
            if (!declared.contains(key)) {
                throw setting.invalid("rule '" + ruleId + "' has no option '" + key + "'; "
                        + (declared.isEmpty() ? "it takes no options"
                                : "its options: " + String.join(", ", declared)));
            }
        }
    }
}
