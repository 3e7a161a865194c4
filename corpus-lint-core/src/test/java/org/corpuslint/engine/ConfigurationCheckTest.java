package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.testing.SeenRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine validates rule ids, option keys and values once, before reading the corpus. */
class ConfigurationCheckTest {

    @Test
    void aMisspeltOptionKeyThroughTheLibraryFailsNamingRuleKeyAndKnownKeys() {
        LintConfig config = LintConfig.builder()
                .ruleOption("missing-date", "earliestYaer", "2000").build();
        InvalidRuleSetting e = assertThrows(InvalidRuleSetting.class,
                () -> new CorpusLinter(config).lintText("a.txt", " date 2024-01-01\nText."));
        assertEquals("unknown option 'earliestYaer' of rule 'missing-date'; known options:"
                + " earliestYear, referenceDate", e.getMessage());
        assertEquals(InvalidRuleSetting.Problem.UNKNOWN_OPTION, e.problem());
        assertEquals("missing-date", e.ruleId());
        assertEquals("earliestYaer", e.optionKey());
        assertEquals(List.of("earliestYear", "referenceDate"), e.known());
    }

    @Test
    void aMisspeltOptionKeyInAFolderOverrideFailsToo() {
        LintConfig config = LintConfig.builder().override(new FolderOverride("outlet-a", Map.of(
                "typo", new RuleSetting(null, null, Map.of("minDominanse", "4"))))).build();
        assertEquals("unknown option 'minDominanse' of rule 'typo'; known options: acceptFile,"
                + " minDominance, rejectFile, reportUnknown, variants",
                assertThrows(CorpusLintException.class,
                        () -> new CorpusLinter(config).lintText("a.txt", "x")).getMessage());
    }

    @Test
    void anOptionOfARuleWithoutOptionsSaysSo() {
        LintConfig config = LintConfig.builder()
                .ruleOption("duplicate-line", "minLines", "2").build();
        assertEquals("unknown option 'minLines' of rule 'duplicate-line'; it takes no options",
                assertThrows(CorpusLintException.class,
                        () -> new CorpusLinter(config).lintText("a.txt", "x")).getMessage());
    }

    @Test
    void aBadValueInAFolderOverrideFailsBeforeTheCorpusIsRead(@TempDir Path dir) {
        LintConfig config = LintConfig.builder().override(new FolderOverride("outlet-a", Map.of(
                "boilerplate", new RuleSetting(null, null, Map.of("minRepeatFraction", "2")))))
                .build();
        // The folder does not exist: the configuration is refused before it is looked at.
        assertEquals("invalid configuration: option 'minRepeatFraction' of rule 'boilerplate'"
                + " is '2', expected a number from 0 to 1", assertThrows(
                        CorpusLintException.class, () -> new CorpusLinter(config)
                                .lintDirectory(dir.resolve("missing"))).getMessage());
    }

    @Test
    void validationReadsDescriptorsAndCreatesNoRule() {
        AtomicInteger created = new AtomicInteger();
        RuleCatalog catalog = RuleCatalog.builder().add(SeenRule.METADATA, () -> {
            created.incrementAndGet();
            return new SeenRule();
        }).build();
        LintConfig bad = LintConfig.builder().ruleOption("seen", "colour", "red").build();
        assertThrows(InvalidRuleSetting.class, () -> new CorpusLinter(bad, catalog)
                .lintText("a.txt", "x"));
        assertEquals(List.of("invalid-input", "rule-failure", "seen"),
                ConfigurationCheck.of(catalog).ruleIds());
        assertEquals(0, created.get());
        // A disabled rule is never created either.
        new CorpusLinter(LintConfig.builder().disableRule("seen").build(), catalog)
                .lintText("a.txt", "x");
        assertEquals(0, created.get());
        new CorpusLinter(LintConfig.defaults(), catalog).lintText("a.txt", "x");
        assertEquals(1, created.get());
    }

    @Test
    void everyBuiltInDefaultIsAValidValueOfItsType() {
        ConfigurationCheck check = ConfigurationCheck.of(BuiltInRules.catalog());
        BuiltInRules.catalog().descriptors().forEach(rule -> {
            Map<String, String> defaults = new java.util.HashMap<>();
            rule.options().forEach(o -> defaults.put(o.name(), o.defaultValue()));
            check.optionValues(rule.id(), new RuleSetting(null, null, defaults), Path.of(""));
        });
    }
}
