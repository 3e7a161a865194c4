package org.corpuslint.report;

import java.nio.file.Path;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.testing.TempCorpus;

/** A small corpus whose findings cover a fix that deletes, one that inserts, and no fix. */
final class ReportFixtures {

    private ReportFixtures() {}

    static LintResult threeDocuments(Path folder) {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", " date 2024-06-19 Share story\nFerry.\n")
                .file("b.txt", "Ferry news\nPublished On 19 Jun 2024\n")
                .file("c.txt", "");
        LintConfig config = LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
        return new CorpusLinter(config, GoldenRules.catalog()).lintDirectory(corpus.root());
    }
}
