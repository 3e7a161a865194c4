package org.corpuslint.maven;

import org.corpuslint.rules.BuiltInRules;

/** The "known rules: ..." tail of the plugin's unknown-rule messages, from the registry. */
final class BuiltInRuleIds {

    static final String KNOWN = "known rules: " + String.join(", ",
            BuiltInRules.catalog().descriptors().stream().map(m -> m.id()).sorted().toList());

    private BuiltInRuleIds() {}
}
