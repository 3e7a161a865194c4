package org.corpuslint.eval.typo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.model.Finding;
import org.corpuslint.rules.typo.TypoRule;

/**
 * Lists every {@code typo} finding on a corpus (default: news-dev; or the folder given as the
 * first argument) with the line it stands on, and the count per severity: the review list of
 * what the rule says about clean text.
 */
public final class TypoFindings {

    private TypoFindings() {}

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : CleanCorpus.locateOrExit();
        long start = System.nanoTime();
        LintResult result = new CorpusLinter(LintConfig.builder().build(),
                List.of(TypoRule::new)).lintDirectory(root);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (!f.ruleId().equals(TypoRule.ID)) {
                continue;
            }
            bySeverity.merge(f.severity().label(), 1, Integer::sum);
            System.out.println(f.path() + ":" + f.start().line() + ":" + f.start().column() + ": "
                    + f.severity().label() + " " + f.message()
                    + (f.fix() == null ? "" : " [fix: " + f.fix().description() + "]"));
        }
        long typos = bySeverity.values().stream().mapToLong(Integer::longValue).sum();
        System.out.printf(Locale.ROOT, "%d typo findings in %d documents (%s), %.2f s%n", typos,
                result.documentCount(), bySeverity, seconds);
    }
}
