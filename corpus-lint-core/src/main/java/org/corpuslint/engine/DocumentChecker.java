package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.RuleCatalog;

/**
 * The rules of a run, prepared once against a corpus profile, checking one in-memory document
 * at a time. {@code fix} re-checks each document it changes this way, with the rules its
 * {@link LintSession} prepared ({@link LintSession#checker()}): preparing the rules (the typo
 * rule indexes every corpus word) for every document would cost far more than the check.
 * Thread-safe like a run: rules check documents from several threads.
 */
public final class DocumentChecker {

    private final RuleRunner runner;

    DocumentChecker(RuleRunner runner) {
        this.runner = runner;
    }

    /**
     * Prepares the rules of {@code config} against {@code profile}, for a profile kept from
     * elsewhere; a session's own are {@link LintSession#checker()}.
     */
    public static DocumentChecker prepare(LintConfig config, RuleCatalog catalog,
            CorpusProfile profile) {
        RuleSelection rules = RuleSelection.create(catalog, config).prepare(config, profile);
        return new DocumentChecker(new RuleRunner(rules, config, profile));
    }

    /** The rules' findings for {@code document}, in {@link Finding#REPORT_ORDER}. */
    public List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>(runner.check(document));
        findings.sort(Finding.REPORT_ORDER);
        return findings;
    }
}
