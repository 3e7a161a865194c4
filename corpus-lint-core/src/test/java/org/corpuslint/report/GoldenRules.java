package org.corpuslint.report;

import java.util.List;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rules.BuiltInRules;

/**
 * The fixed set of built-in rules the report fixtures are linted with. The golden report files
 * pin the writers' output byte for byte, which lists every rule that ran; with a fixed set, a
 * rule added to the catalog leaves them unchanged.
 */
final class GoldenRules {

    static final List<String> IDS = List.of("missing-date", "boilerplate", "typo",
            "unattributed-caption", "orphan-credit", "truncated-text", "duplicate-line");

    private GoldenRules() {}

    static RuleCatalog catalog() {
        RuleCatalog.Builder builder = RuleCatalog.builder();
        for (RuleCatalog.Entry entry : BuiltInRules.catalog().entries()) {
            if (IDS.contains(entry.id())) {
                builder.add(entry.descriptor(), entry.factory());
            }
        }
        RuleCatalog catalog = builder.build();
        if (catalog.entries().size() != IDS.size()) {
            throw new IllegalStateException("a golden rule is missing from the catalog: " + IDS);
        }
        return catalog;
    }
}
