package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;

/**
 * Metadata of the findings the engine itself reports about files it cannot lint as articles.
 * They are not rules a user writes text against, but they are listed with the rules so that
 * every report can describe them.
 */
final class InputProblems {

    static final RuleMetadata INVALID_INPUT = new RuleMetadata(
            "invalid-input",
            Severity.ERROR,
            "A file of the corpus cannot be read as a UTF-8 text article.",
            "Reports files that are unreadable, binary, not valid in the configured encoding,"
                    + " empty, larger than maxFileSize, or that contain a line too long to be"
                    + " article text. Such a file is either not an article or was damaged by the"
                    + " scraper; the other rules skip it, so its defects would otherwise go"
                    + " unseen. A run without spaces longer than maxTokenLength is reported too,"
                    + " but the rest of that file is linted.",
            "A file that contains NUL bytes: `photo.txt:1:1: error [invalid-input] binary"
                    + " file (contains NUL bytes); not linted`");

    static final RuleMetadata RULE_FAILURE = new RuleMetadata(
            "rule-failure",
            Severity.ERROR,
            "A rule failed on a document.",
            "Reports that a rule stopped with an internal error on one document. The run goes"
                    + " on for the other documents and rules; the finding names the rule so that"
                    + " the problem can be reported to the corpus-lint developers.",
            "`a.txt:1:1: error [rule-failure] rule 'typo' failed: IllegalStateException: ...`");

    private InputProblems() {}

    /**
     * The engine's own findings obey the configuration like a rule's: they can be disabled or
     * given another severity (a corpus may knowingly keep empty placeholder files).
     */
    static List<Finding> applySettings(List<Finding> findings, LintConfig config) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String id = finding.ruleId();
            if (!id.equals(INVALID_INPUT.id()) && !id.equals(RULE_FAILURE.id())) {
                kept.add(finding);
                continue;
            }
            RuleSetting setting = config.ruleSetting(id, finding.path());
            if (setting.isEnabled()) {
                kept.add(setting.severity() == null ? finding
                        : finding.withSeverity(setting.severity()));
            }
        }
        return kept;
    }
}
