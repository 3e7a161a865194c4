package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.testing.CountingRule;
import org.corpuslint.testing.ReplaceRule;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fix planned over a session: its statistics and prepared rules serve the whole fix. */
class FixPlanSessionTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(2).build();

    @TempDir
    Path folder;

    @Test
    void thePlanKeepsTheSessionsProfileAndPreparesNoRuleAgain() throws IOException {
        TempCorpus corpus = new TempCorpus(folder).file("a.txt", "Click here now\n")
                .file("b.txt", "Nothing to do\n");
        AtomicInteger prepares = new AtomicInteger();
        RuleCatalog catalog = RuleCatalog.builder()
                .add(CountingRule.METADATA, CountingRule.catalog(prepares).factories().get(0))
                .add(new ReplaceRule("click", "Click here", "Read more").metadata(),
                        () -> new ReplaceRule("click", "Click here", "Read more"))
                .build();
        LintSession session = LintSession.open(corpus.root(), CONFIG, catalog);
        CorpusFixer fixer = new CorpusFixer(CONFIG, CorpusFixerTest.EVERY_FIX, catalog);

        FixPlan plan = fixer.plan(session);
        assertSame(session.profile(), plan.profile());
        assertEquals(corpus.root().toAbsolutePath().normalize(), plan.corpusRoot());
        assertEquals(List.of(
                "a.txt:1:1-1:11 warning [click] 'Click here' | fix: replace with 'Read more'"
                        + " => 1:1-1:11 \"Read more\"",
                "a.txt:1:1-1:1 info [counting] corpus of 2 documents",
                "b.txt:1:1-1:1 info [counting] corpus of 2 documents"),
                RuleFixture.render(plan.result().findings()));

        FixOutcome outcome = fixer.apply(plan);
        assertEquals(1, outcome.files().size());
        assertEquals("Read more now\n", Files.readString(corpus.path("a.txt")));
        // Opening the session prepared the rules; the fix re-checked a.txt with those.
        assertEquals(1, prepares.get());
    }
}
