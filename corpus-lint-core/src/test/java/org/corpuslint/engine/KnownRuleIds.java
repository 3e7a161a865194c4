package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * The rule ids a default run knows, read from the catalog so that tests checking the whole list
 * do not change when a rule is added: the built-in rules in catalog order, then the engine's own
 * findings.
 */
final class KnownRuleIds {

    private KnownRuleIds() {}

    static List<String> inCatalogOrder() {
        List<String> ids = new ArrayList<>(BuiltInRules.catalog().descriptors().stream()
                .map(RuleMetadata::id).toList());
        ids.add("invalid-input");
        ids.add("rule-failure");
        return ids;
    }

    static List<String> sorted() {
        return inCatalogOrder().stream().sorted().toList();
    }
}
