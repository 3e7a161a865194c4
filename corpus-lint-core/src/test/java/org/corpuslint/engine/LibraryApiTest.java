package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points an IDE or a pipeline calls, without Maven. */
class LibraryApiTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(2)
            .ruleOption("missing-date", "referenceDate", "2024-07-01").build();

    @Test
    void lintTextChecksOneDocumentInMemory() {
        LintResult result = new CorpusLinter(CONFIG).lintText("inbox/ferry.txt",
                "Ferry service resumes\r\nUpdated: June 19, 2024 10:32 GMT\r\n\r\nBoats run.\r\n");
        assertEquals(List.of("inbox/ferry.txt:1:1-1:22 error [missing-date] document has no"
                        + " publication date; the text states 2024-06-19 | fix: insert the header"
                        + " line 'date 2024-06-19' => 1:1-1:1 \" date 2024-06-19\\r\\n\""),
                RuleFixture.render(result.findings()));
        assertEquals(1, result.documentCount());
    }

    @Test
    void forCorpusReadsTheCorpusConfigurationFileAsThePluginDoes(@TempDir Path folder) {
        TempCorpus corpus = new TempCorpus(folder)
                .file("a.txt", "Undated\n")
                .file("drafts/b.txt", "Undated too\n")
                .file("corpus-lint.yaml", "excludes: [drafts/**]\n"
                        + "rules:\n  missing-date: warning\n");
        // lintDirectory uses only the configuration it is given ...
        assertEquals(List.of(
                "a.txt:1:1-1:8 error [missing-date] document has no publication date",
                "drafts/b.txt:1:1-1:12 error [missing-date] document has no publication date"),
                corpus.lint(LintConfig.defaults()));
        // ... forCorpus gives it the corpus's corpus-lint.yaml first.
        assertEquals(List.of(
                "a.txt:1:1-1:8 warning [missing-date] document has no publication date"),
                RuleFixture.render(CorpusLinter.forCorpus(folder).lintDirectory(folder)
                        .findings()));
    }

    @Test
    void lintFilesChecksAListAndReportsMissingOnes(@TempDir Path folder) {
        TempCorpus corpus = new TempCorpus(folder)
                .file("sub/a.txt", " date 2024-06-19\nFine\n")
                .file("b.txt", "Undated\n")
                .file("c.txt", "Not in the list\n");
        LintResult result = new CorpusLinter(CONFIG).lintFiles(folder, List.of(
                corpus.path("sub/a.txt"), corpus.path("b.txt"), corpus.path("missing.txt"),
                corpus.path("sub")));
        assertEquals(List.of(
                "b.txt:1:1-1:8 error [missing-date] document has no publication date",
                "missing.txt:1:1-1:1 error [invalid-input] file does not exist",
                "sub:1:1-1:1 error [invalid-input] not a regular file"),
                RuleFixture.render(result.findings()));
        assertEquals(4, result.documentCount());
    }

    @Test
    void lintFilesLintsAFileOutsideTheRootOnlyWithFollowLinks(@TempDir Path root,
            @TempDir Path elsewhere) {
        Path outside = new TempCorpus(elsewhere).file("x.txt", "Undated\n").path("x.txt");
        LintResult refused = new CorpusLinter(CONFIG).lintFiles(root, List.of(outside));
        assertEquals(List.of(outside.toAbsolutePath() + ":1:1-1:1 error [invalid-input] file"
                + " outside the corpus; not linted (set followLinks to lint it)"),
                RuleFixture.render(refused.findings()));
        LintResult followed = new CorpusLinter(CONFIG.toBuilder().followLinks(true).build())
                .lintFiles(root, List.of(outside));
        assertEquals(List.of(outside.toAbsolutePath() + ":1:1-1:8 error [missing-date] document"
                + " has no publication date"), RuleFixture.render(followed.findings()));
    }

    @Test
    void lintDocumentsUsesAGivenProfileOrBuildsOne() {
        CorpusProfile bigCorpus = new CorpusProfile();
        for (int i = 0; i < 5; i++) {
            bigCorpus.add(new Document("d" + i + ".txt", "text"));
        }
        CorpusLinter linter = new CorpusLinter(LintConfig.builder().threads(2).build(),
                List.of(ProfileSizeRule::new));
        List<Document> one = List.of(new Document("a.txt", "text"));
        assertEquals("corpus of 5 documents",
                linter.lintDocuments(one, bigCorpus).findings().get(0).message());
        assertEquals("corpus of 1 documents",
                linter.lintDocuments(one, null).findings().get(0).message());
    }

    @Test
    void allRulesListsEveryRuleAndTheInputChecks() {
        assertEquals(List.of("missing-date", "boilerplate", "typo", "unattributed-caption",
                "orphan-credit", "truncated-text", "duplicate-line", "encoding", "language",
                "invalid-input",
                "rule-failure"),
                new CorpusLinter(CONFIG).allRules().stream().map(RuleMetadata::id).toList());
    }

    /** Reports the size of the corpus profile it was given. */
    static final class ProfileSizeRule implements Rule {
        private static final RuleMetadata METADATA = new RuleMetadata("profile-size",
                Severity.INFO, "Profile size.", "Test rule.", "Any document.");

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void check(RuleContext context) {
            context.report(0, 0, "corpus of " + context.profile().documentCount() + " documents");
        }
    }
}
