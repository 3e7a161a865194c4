package org.corpuslint.maven;

import java.util.stream.Stream;
import org.corpuslint.rules.BuiltInRules;

/**
 * The "known rules: ..." tail of the plugin's unknown-rule messages: the catalog's rules and the
 * engine's own findings, which can be switched off or re-ranked like any rule.
 */
final class BuiltInRuleIds {

    static final String KNOWN = "known rules: " + String.join(", ", Stream.concat(
            BuiltInRules.catalog().descriptors().stream().map(m -> m.id()),
            Stream.of("invalid-input", "rule-failure")).sorted().toList());

    private BuiltInRuleIds() {}
}
