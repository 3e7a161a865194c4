package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.rules.date.MissingDateRule;
import org.corpuslint.testing.ExplodingRule;
import org.corpuslint.testing.AllRules;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules configured by id: unknown ids, severities, disabling, and rules that break. */
class RuleConfigurationTest {

    private static LintConfig.Builder base() {
        return LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01");
    }

    private static RuleFixture corpus() {
        return RuleFixture.corpus()
                .doc("future.txt", " date 2031-01-01 Sign up now", "Body")
                .doc("undated.txt", "Ferry news");
    }

    @Test
    void unknownRuleIdIsAClearError() {
        LintConfig config = base().ruleSeverity("no-such-rule", Severity.WARNING).build();
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> new CorpusLinter(config).lintText("a.txt", "x"));
        assertEquals("unknown rule 'no-such-rule' in the configuration; known rules: "
                + AllRules.sortedList(), e.getMessage());
        assertTrue(e.getMessage().contains(" invalid-input, ") && e.getMessage().contains(" missing-date, "),
                e.getMessage());
    }

    @Test
    void defaultSeverities() {
        assertEquals(List.of(
                "future.txt:1:7-1:17 warning [missing-date] publication date 2031-01-01 is in the"
                        + " future (after 2024-07-01)",
                "future.txt:1:18-1:29 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Sign up now' | fix: delete the text after the date => 1:17-1:29 \"\"",
                "undated.txt:1:1-1:11 error [missing-date] document has no publication date"),
                RuleFixture.render(corpus().config(base().build()).run(BuiltInRules.factories())));
    }

    @Test
    void configuredSeverityReplacesEveryChoiceOfTheRule() {
        LintConfig config = base().ruleSeverity("missing-date", Severity.INFO).build();
        assertEquals(List.of(
                "future.txt:1:7-1:17 info [missing-date] publication date 2031-01-01 is in the"
                        + " future (after 2024-07-01)",
                "future.txt:1:18-1:29 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Sign up now' | fix: delete the text after the date => 1:17-1:29 \"\"",
                "undated.txt:1:1-1:11 info [missing-date] document has no publication date"),
                RuleFixture.render(corpus().config(config).run(BuiltInRules.factories())));
    }

    @Test
    void disabledRuleDoesNotRunAndIsNotListed() {
        LintConfig config = base().disableRule("boilerplate").build();
        LintResult result = new CorpusLinter(config).lintText("a.txt", " date 2024-06-19 Share\n");
        assertEquals(List.of(), result.findings());
        List<String> enabled = new ArrayList<>(AllRules.idsInDocumentationOrder());
        assertTrue(enabled.remove("boilerplate"));
        assertEquals(enabled, result.rules().stream().map(RuleMetadata::id).toList());
    }

    @Test
    void settingsForOneRuleAccumulate() {
        LintConfig config = base().ruleSeverity("missing-date", Severity.WARNING)
                .ruleOption("missing-date", "earliestYear", "2000").build();
        assertEquals(List.of("a.txt:1:7-1:17 warning [missing-date] publication date 1999-12-31"
                        + " is before 2000, the earliest plausible year"),
                RuleFixture.render(new CorpusLinter(config)
                        .lintText("a.txt", " date 1999-12-31\nBody\n").findings()));
        assertEquals(Map.of("referenceDate", "2024-07-01", "earliestYear", "2000"),
                config.ruleSetting("missing-date").options());
    }

    @Test
    void ruleThatThrowsBecomesARuleFailureAndTheRunGoesOn() {
        List<Supplier<Rule>> rules =
                List.of(MissingDateRule::new, () -> new ExplodingRule("boom", false));
        List<String> findings = RuleFixture.render(RuleFixture.corpus()
                .doc("boom.txt", "Ferry news")
                .doc("calm.txt", "Quiet day")
                .config(base().build())
                .run(rules));
        // The finding reported before the exception is dropped; the other rule still ran.
        assertEquals(List.of(
                "boom.txt:1:1-1:11 error [missing-date] document has no publication date",
                "boom.txt:1:1-1:1 error [rule-failure] rule 'exploding' failed on this document:"
                        + " IllegalStateException: boom in boom.txt",
                "calm.txt:1:1-1:10 error [missing-date] document has no publication date"),
                findings);
    }

    @Test
    void ruleThatFailsToStartStopsTheRunNamingTheRule() {
        CorpusLinter linter = new CorpusLinter(base().build(),
                List.of(MissingDateRule::new, () -> new ExplodingRule("boom", true)));
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> linter.lintText("a.txt", "x"));
        assertEquals("rule 'exploding' could not start: IllegalStateException: dictionary missing",
                e.getMessage());
    }

    @Test
    void inputProblemsCanBeGivenAnotherSeverityOrDisabled(@TempDir Path folder) {
        TempCorpus corpus = new TempCorpus(folder)
                .file("empty.txt", "")
                .bytes("photo.txt", new byte[] {'P', 0});
        assertEquals(List.of(
                "empty.txt:1:1-1:1 info [invalid-input] empty file; not linted",
                "photo.txt:1:1-1:1 info [invalid-input] binary file (NUL byte at byte offset 1);"
                        + " not linted"),
                corpus.lint(base().ruleSeverity("invalid-input", Severity.INFO).build()));
        assertEquals(List.of(), corpus.lint(base().disableRule("invalid-input").build()));
    }

    @Test
    void ruleFailureSeverityCanBeConfigured() {
        List<String> findings = RuleFixture.render(RuleFixture.corpus()
                .doc("boom.txt", " date 2024-06-19", "Ferry news")
                .config(LintConfig.builder().threads(1)
                        .ruleSeverity("rule-failure", Severity.WARNING).build())
                .run(List.of(() -> new ExplodingRule("boom", false))));
        assertEquals(List.of("boom.txt:1:1-1:1 warning [rule-failure] rule 'exploding' failed on"
                + " this document: IllegalStateException: boom in boom.txt"), findings);
    }
}
