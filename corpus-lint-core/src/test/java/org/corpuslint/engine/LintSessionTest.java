package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.testing.CountingRule;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session: settings once, statistics once, rules prepared once, observers per call. */
class LintSessionTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(2)
            .ruleOption("missing-date", "referenceDate", "2024-07-01").build();

    @TempDir
    Path folder;

    private TempCorpus corpus() {
        return new TempCorpus(folder)
                .file("a.txt", "Undated\n")
                .file("sub/b.txt", " date 2024-06-19\nFerry service resumes\n")
                .file("sub/c.txt", "Ferry service resumes\nUpdated: June 19, 2024 10:32 GMT\n")
                .file("notes.md", "not selected\n");
    }

    @Test
    void lintAllFindsWhatLintDirectoryFinds() {
        TempCorpus corpus = corpus();
        List<String> expected = List.of(
                "a.txt:1:1-1:8 error [missing-date] document has no publication date",
                "sub/c.txt:1:1-1:22 error [missing-date] document has no publication date; the"
                        + " text states 2024-06-19 | fix: insert the header line"
                        + " 'date 2024-06-19' => 1:1-1:1 \" date 2024-06-19\\n\"");
        LintResult direct = new CorpusLinter(CONFIG).lintDirectory(corpus.root());
        LintResult session = LintSession.open(corpus.root(), CONFIG).lintAll();
        assertEquals(expected, RuleFixture.render(direct.findings()));
        assertEquals(expected, RuleFixture.render(session.findings()));
        assertEquals(3, session.documentCount());
        assertEquals(direct.rules(), session.rules());
    }

    @Test
    void rulesArePreparedOnceAcrossCalls() {
        TempCorpus corpus = corpus();
        AtomicInteger prepares = new AtomicInteger();
        LintSession session = LintSession.open(corpus.root(), LintConfig.builder().threads(2)
                .build(), CountingRule.catalog(prepares));
        assertEquals(1, prepares.get());

        for (int i = 0; i < 3; i++) {
            // Checked against the session's statistics (3 documents), not a corpus of its own.
            assertEquals(List.of("inbox/new.txt:1:1-1:1 info [counting] corpus of 3 documents"),
                    RuleFixture.render(session.lintText("inbox/new.txt", "Draft " + i + "\n")
                            .findings()));
        }
        assertEquals(List.of("a.txt:1:1-1:1 info [counting] corpus of 3 documents",
                "sub/b.txt:1:1-1:1 info [counting] corpus of 3 documents",
                "sub/c.txt:1:1-1:1 info [counting] corpus of 3 documents"),
                RuleFixture.render(session.lintAll().findings()));
        assertEquals(1, prepares.get());
        assertEquals(3, session.profile().documentCount());

        // Each CorpusLinter call is a run of its own, as before: it prepares its rules again.
        LintResult one = new CorpusLinter(LintConfig.defaults(), CountingRule.catalog(prepares))
                .lintText("inbox/new.txt", "Draft\n");
        assertEquals(List.of("inbox/new.txt:1:1-1:1 info [counting] corpus of 1 documents"),
                RuleFixture.render(one.findings()));
        assertEquals(2, prepares.get());
    }

    @Test
    void observersArePassedPerCall() {
        TempCorpus corpus = corpus();
        LintSession session = LintSession.open(corpus.root(), CONFIG);
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        session.lintAll(first);
        session.lintAll(second);
        session.lintText("inbox/x.txt", "Undated\n"); // observed by nobody

        for (Recorder recorder : List.of(first, second)) {
            assertEquals(List.of(session.profile()), recorder.profiles);
            assertEquals(List.of("a.txt 1", "sub/b.txt 0", "sub/c.txt 1"),
                    recorder.sortedDocuments());
            assertEquals(3, recorder.lastDone.get());
        }
    }

    @Test
    void lintDocumentUsesTheSessionsRulesAndSettings() {
        TempCorpus corpus = corpus();
        LintSession session = LintSession.open(corpus.root(), CONFIG);
        assertEquals(List.of("inbox/x.txt:1:1-1:6 error [missing-date] document has no"
                + " publication date"),
                RuleFixture.render(session.lintDocument(new Document("inbox/x.txt", "Draft\n"))
                        .findings()));
    }

    @Test
    void forCorpusHonoursTheCorpusConfigurationFile() {
        TempCorpus corpus = corpus().file("corpus-lint.yaml",
                "excludes: [sub/**]\nrules:\n  missing-date: warning\n");
        LintSession session = LintSession.forCorpus(corpus.root());
        assertEquals(List.of(
                "a.txt:1:1-1:8 warning [missing-date] document has no publication date"),
                RuleFixture.render(session.lintAll().findings()));
        assertEquals(1, session.profile().documentCount());
        assertEquals(List.of("inbox/x.txt:1:1-1:6 warning [missing-date] document has no"
                + " publication date"),
                RuleFixture.render(session.lintText("inbox/x.txt", "Draft\n").findings()));
    }

    @Test
    void settingsAreValidatedBeforeTheCorpusIsRead() {
        LintConfig misspelt = LintConfig.builder()
                .ruleOption("missing-date", "earliestYaer", "2000").build();
        InvalidRuleSetting e = assertThrows(InvalidRuleSetting.class,
                () -> LintSession.open(folder.resolve("does-not-exist"), misspelt));
        assertEquals(InvalidRuleSetting.Problem.UNKNOWN_OPTION, e.problem());
    }

    /** Remembers what one call told it. */
    private static final class Recorder implements RunObserver {
        final List<CorpusProfile> profiles = Collections.synchronizedList(new ArrayList<>());
        final List<String> documents = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger lastDone = new AtomicInteger();

        @Override
        public void profileReady(CorpusProfile profile) {
            profiles.add(profile);
        }

        @Override
        public void documentChecked(Document document, List<Finding> findings) {
            documents.add(document.path() + " " + findings.size());
        }

        @Override
        public void progress(String phase, int done, int total) {
            assertEquals("check", phase);
            assertEquals(3, total);
            lastDone.accumulateAndGet(done, Math::max);
        }

        List<String> sortedDocuments() {
            List<String> sorted = new ArrayList<>(documents);
            Collections.sort(sorted);
            return sorted;
        }
    }
}
