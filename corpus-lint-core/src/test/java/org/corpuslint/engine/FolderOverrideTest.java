package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.corpuslint.model.Severity;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.AllRules;
import org.junit.jupiter.api.Test;

/** Rule settings for one folder: severity, switching on and off, options, nesting, order. */
class FolderOverrideTest {

    private static RuleFixture corpus() {
        return RuleFixture.corpus()
                // Bodies differ, so that no document is another's duplicate.
                .doc("top.txt", " date 1995-03-01 Share", "Top story")
                .doc("outlet-a/a.txt", " date 1995-03-01 Share", "First story")
                .doc("outlet-a/archive/old.txt", " date 1995-03-01 Share", "Old story")
                .doc("outlet-b/b.txt", " date 1995-03-01 Share", "Second story");
    }

    private static LintConfig.Builder base(int threads) {
        return LintConfig.builder().threads(threads)
                .ruleOption("missing-date", "referenceDate", "2024-07-01")
                .ruleOption("missing-date", "earliestYear", "1990");
    }

    private static LintConfig strictOutletA(int threads) {
        return base(threads)
                // Listed deeper folder first: the order of the list must not matter.
                .override(new FolderOverride("outlet-a/archive/", Map.of(
                        "boilerplate", new RuleSetting(false, null, Map.of()))))
                .override(new FolderOverride("./outlet-a", Map.of(
                        "boilerplate", new RuleSetting(null, Severity.ERROR, Map.of()),
                        "missing-date", new RuleSetting(null, null,
                                Map.of("earliestYear", "2000")))))
                .build();
    }

    @Test
    void aFolderGetsItsOwnSeveritiesOptionsAndRules() {
        List<String> findings = RuleFixture.render(
                corpus().config(strictOutletA(1)).run(BuiltInRules.factories()));
        assertEquals(List.of(
                "outlet-a/a.txt:1:7-1:17 warning [missing-date] publication date 1995-03-01 is"
                        + " before 2000, the earliest plausible year",
                "outlet-a/a.txt:1:18-1:23 error [boilerplate] page chrome glued to the date"
                        + " header: 'Share' | fix: delete the text after the date => 1:17-1:23 \"\"",
                "outlet-a/archive/old.txt:1:7-1:17 warning [missing-date] publication date"
                        + " 1995-03-01 is before 2000, the earliest plausible year",
                "outlet-b/b.txt:1:18-1:23 warning [boilerplate] page chrome glued to the date"
                        + " header: 'Share' | fix: delete the text after the date => 1:17-1:23 \"\"",
                "top.txt:1:18-1:23 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Share' | fix: delete the text after the date => 1:17-1:23 \"\""),
                findings);
    }

    @Test
    void theSameWhateverTheThreadCount() {
        assertEquals(corpus().config(strictOutletA(1)).run(BuiltInRules.factories()),
                corpus().config(strictOutletA(4)).run(BuiltInRules.factories()));
    }

    @Test
    void aRuleOffEverywhereCanBeSwitchedOnForOneFolder() {
        LintConfig config = base(1).disableRule("boilerplate")
                .override(new FolderOverride("outlet-b", Map.of(
                        "boilerplate", new RuleSetting(true, null, Map.of()))))
                .disableRule("missing-date").build();
        assertEquals(List.of("outlet-b/b.txt:1:18-1:23 warning [boilerplate] page chrome glued"
                + " to the date header: 'Share' | fix: delete the text after the date =>"
                + " 1:17-1:23 \"\""),
                RuleFixture.render(corpus().config(config).run(BuiltInRules.factories())));
    }

    @Test
    void aFolderPrefixIsNotAFolder() {
        LintConfig config = base(1).disableRule("missing-date")
                .override(new FolderOverride("outlet", Map.of(
                        "boilerplate", new RuleSetting(false, null, Map.of())))).build();
        assertEquals(4, corpus().config(config).run(BuiltInRules.factories()).size());
    }

    @Test
    void unknownRuleInAnOverrideIsAnError() {
        LintConfig config = base(1).override(new FolderOverride("outlet-a", Map.of(
                "typos", new RuleSetting(false, null, Map.of())))).build();
        assertEquals("unknown rule 'typos' in the configuration; known rules: "
                + AllRules.sortedList(), assertThrows(
                        CorpusLintException.class,
                        () -> new CorpusLinter(config).lintText("a.txt", "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FolderOverride("/", Map.of()));
    }
}
