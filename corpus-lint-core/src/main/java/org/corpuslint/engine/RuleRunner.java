package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleOptions;

/** Runs the prepared rules of one run over one document, isolating rule failures. */
final class RuleRunner {

    private final RuleSelection rules;
    private final LintConfig config;
    private final CorpusProfile profile;
    private final RuleCpuTimes cpuTimes = new RuleCpuTimes();

    RuleRunner(RuleSelection rules, LintConfig config, CorpusProfile profile) {
        this.rules = rules;
        this.config = config;
        this.profile = profile;
    }

    List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        // One per document: the rules below share its tokens and layouts, computed once.
        DocumentAnalyses analyses = new DocumentAnalyses(document);
        boolean timed = cpuTimes.timeNext();
        long clock = timed ? RuleCpuTimes.now() : 0;
        for (RuleSelection.Active active : rules.forDocument(document.path())) {
            String id = active.rule().metadata().id();
            RuleSetting setting = active.setting();
            RuleContext context = new RuleContext(analyses, profile,
                    new RuleOptions(id, setting.options(), config.baseDirectory(),
                            setting.optionOrigins()),
                    active.rule().metadata(), setting.severity());
            try {
                active.rule().check(context);
                findings.addAll(context.findings());
            } catch (RuntimeException | StackOverflowError e) {
                Position start = new Position(1, 1, 0);
                findings.add(new Finding(InputProblems.RULE_FAILURE.id(),
                        InputProblems.RULE_FAILURE.defaultSeverity(), document.path(), start,
                        start, "rule '" + id + "' failed on this document: "
                                + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                        null));
            }
            if (timed) {
                long now = RuleCpuTimes.now();
                cpuTimes.add(id, now - clock);
                clock = now;
            }
        }
        return findings;
    }

    /** The CPU time each rule has spent in this runner so far, in nanoseconds by rule id. */
    Map<String, Long> cpuTimes() {
        return cpuTimes.snapshot();
    }
}
