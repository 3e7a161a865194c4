package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.DocumentAnalysis;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedAnalysesTest {

    private final AtomicInteger computations = new AtomicInteger();
    private final Set<String> computedFor = ConcurrentHashMap.newKeySet();
    /** Counts its computations; the first line of the document is its result. */
    private final DocumentAnalysis<String> firstLine = document -> {
        computations.incrementAndGet();
        computedFor.add(document.path());
        return document.line(1);
    };

    /** A rule that reports the shared analysis' result under its own id. */
    private Rule reader(String id) {
        RuleMetadata metadata = new RuleMetadata(id, Severity.INFO, "Reads the first line.",
                "Test rule.", "Any document.");
        return new Rule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public void check(RuleContext context) {
                context.report(0, 0, id + " read " + context.analysis(firstLine));
            }
        };
    }

    @Test
    void rulesOfOneDocumentShareOneComputationOfAnAnalysis(@TempDir Path dir) {
        new TempCorpus(dir).file("a.txt", "alpha\n").file("b.txt", "beta\n");
        Rule first = reader("first-reader");
        Rule second = reader("second-reader");
        RuleCatalog catalog = RuleCatalog.builder()
                .add(first.metadata(), () -> first)
                .add(second.metadata(), () -> second)
                .build();

        LintResult result = new CorpusLinter(LintConfig.defaults(), catalog).lintDirectory(dir);

        assertEquals(List.of(
                "a.txt:1:1-1:1 info [first-reader] first-reader read alpha",
                "a.txt:1:1-1:1 info [second-reader] second-reader read alpha",
                "b.txt:1:1-1:1 info [first-reader] first-reader read beta",
                "b.txt:1:1-1:1 info [second-reader] second-reader read beta"),
                RuleFixture.render(result.findings()));
        assertEquals(2, computations.get(), "once per document, not once per rule");
        assertEquals(Set.of("a.txt", "b.txt"), computedFor);
    }
}
