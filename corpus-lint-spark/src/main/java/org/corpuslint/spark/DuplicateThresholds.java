package org.corpuslint.spark;

import java.util.Set;
import java.util.TreeSet;
import org.corpuslint.engine.FolderOverride;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;

/**
 * The thresholds at which a run clusters duplicates: the {@code duplicate-document} rule's, once
 * per distinct value among the corpus-wide setting and the folder overrides that enable it (a
 * local run prepares one rule per distinct set of options, each clustering the whole corpus).
 */
final class DuplicateThresholds {

    private static final String OPTION = "threshold";

    private DuplicateThresholds() {}

    static Set<Double> of(LintConfig config) {
        Set<Double> thresholds = new TreeSet<>();
        add(thresholds, config.ruleSetting(DuplicateDocumentRule.ID));
        for (FolderOverride override : config.overrides()) {
            add(thresholds, config.ruleSetting(DuplicateDocumentRule.ID, override.folder() + "/"));
        }
        return thresholds;
    }

    private static void add(Set<Double> thresholds, RuleSetting setting) {
        if (setting.isEnabled()) {
            RuleOptions options = new RuleOptions(DuplicateDocumentRule.ID, setting.options());
            thresholds.add(((Number) options.value(option())).doubleValue());
        }
    }

    private static RuleOption<?> option() {
        return DuplicateDocumentRule.METADATA.options().stream()
                .filter(o -> o.name().equals(OPTION)).findFirst().orElseThrow();
    }
}
