package org.corpuslint.spark;

import java.util.Set;
import java.util.TreeSet;
import org.corpuslint.engine.FolderOverride;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.rules.date.DateConsistencyRule;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;

/**
 * The thresholds at which a run clusters duplicates: the {@code duplicate-document} rule's, once
 * per distinct value among the corpus-wide setting and the folder overrides that enable it (a
 * local run prepares one rule per distinct set of options, each clustering the whole corpus),
 * and the default threshold wherever {@code date-consistency} is enabled, since that rule
 * compares the dates of the clusters found at the default.
 */
final class DuplicateThresholds {

    private static final String OPTION = "threshold";

    private DuplicateThresholds() {}

    static Set<Double> of(LintConfig config) {
        Set<Double> thresholds = new TreeSet<>();
        add(thresholds, config.ruleSetting(DuplicateDocumentRule.ID));
        addDefaultIfEnabled(thresholds, config.ruleSetting(DateConsistencyRule.ID));
        for (FolderOverride override : config.overrides()) {
            String folder = override.folder() + "/";
            add(thresholds, config.ruleSetting(DuplicateDocumentRule.ID, folder));
            addDefaultIfEnabled(thresholds, config.ruleSetting(DateConsistencyRule.ID, folder));
        }
        return thresholds;
    }

    private static void add(Set<Double> thresholds, RuleSetting setting) {
        if (setting.isEnabled()) {
            RuleOptions options = new RuleOptions(DuplicateDocumentRule.ID, setting.options());
            thresholds.add(((Number) options.value(option())).doubleValue());
        }
    }

    private static void addDefaultIfEnabled(Set<Double> thresholds, RuleSetting setting) {
        if (setting.isEnabled()) {
            thresholds.add(DuplicateClusters.DEFAULT_THRESHOLD);
        }
    }

    private static RuleOption<?> option() {
        return DuplicateDocumentRule.METADATA.options().stream()
                .filter(o -> o.name().equals(OPTION)).findFirst().orElseThrow();
    }
}
