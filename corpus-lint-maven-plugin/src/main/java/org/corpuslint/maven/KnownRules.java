package org.corpuslint.maven;

import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.engine.InvalidRuleSetting;
import org.corpuslint.rules.BuiltInRules;

/**
 * The rules a configuration may name, checked by the engine's {@link ConfigurationCheck} before
 * the run; this class only says its verdict in terms of the Maven parameter the setting came
 * from, so a misspelt rule id or option fails at once with the setting named.
 */
final class KnownRules {

    private final ConfigurationCheck check;

    private KnownRules(ConfigurationCheck check) {
        this.check = check;
    }

    static KnownRules builtIn() {
        return new KnownRules(ConfigurationCheck.of(BuiltInRules.catalog()));
    }

    /** The trimmed id, when it names a known rule. */
    String requireRule(String id, Setting setting) throws MojoExecutionException {
        String trimmed = id == null ? "" : id.trim();
        String known = String.join(", ", check.ruleIds());
        if (trimmed.isEmpty()) {
            throw setting.invalid("a rule has no id; known rules: " + known);
        }
        try {
            return check.rule(trimmed, setting.parameter()).id();
        } catch (InvalidRuleSetting e) {
            throw setting.invalid("unknown rule id '" + trimmed + "'; known rules: " + known);
        }
    }

    /** Fails on an option key the rule does not declare in its descriptor. */
    void requireOptions(String ruleId, Set<String> keys, Setting setting)
            throws MojoExecutionException {
        try {
            check.optionKeys(ruleId, keys);
        } catch (InvalidRuleSetting e) {
            throw setting.invalid("rule '" + ruleId + "' has no option '" + e.optionKey() + "'; "
                    + (e.known().isEmpty() ? "it takes no options"
                            : "its options: " + String.join(", ", e.known())));
        }
    }
}
