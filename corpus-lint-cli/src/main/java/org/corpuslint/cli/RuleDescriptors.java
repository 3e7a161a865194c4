package org.corpuslint.cli;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.InvalidRuleSetting;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * The rules a user can name, from the catalog ({@link BuiltInRules#catalog()}) without creating
 * any rule: the built-in rules in documentation order, then the engine's own findings
 * ({@code invalid-input}, {@code rule-failure}).
 */
final class RuleDescriptors {

    private static final ConfigurationCheck CHECK = ConfigurationCheck.of(BuiltInRules.catalog());

    private RuleDescriptors() {}

    static List<RuleMetadata> all() {
        List<RuleMetadata> all = new ArrayList<>(BuiltInRules.catalog().descriptors());
        for (String id : CHECK.ruleIds()) {
            if (all.stream().noneMatch(m -> m.id().equals(id))) {
                all.add(CHECK.rule(id, "corpus-lint"));
            }
        }
        return all;
    }

    static RuleMetadata find(String id) {
        try {
            return CHECK.rule(id.trim(), "explain");
        } catch (InvalidRuleSetting e) {
            throw new CorpusLintException("unknown rule id '" + id.trim() + "'; known rules: "
                    + String.join(", ", CHECK.ruleIds()));
        }
    }
}
