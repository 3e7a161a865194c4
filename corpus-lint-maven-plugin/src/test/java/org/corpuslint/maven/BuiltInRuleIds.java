package org.corpuslint.maven;

import org.corpuslint.rules.BuiltInRules;

/** The "known rules: ..." tail of the plugin's unknown-rule messages, from the registry. */
final class BuiltInRuleIds {

    static final String KNOWN = "known rules: " + String.join(", ",
            BuiltInRules.factories().stream().map(f -> f.get().metadata().id()).sorted().toList());

    private BuiltInRuleIds() {}
}
