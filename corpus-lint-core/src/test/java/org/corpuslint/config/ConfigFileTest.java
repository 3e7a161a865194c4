package org.corpuslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.FolderOverride;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.AllRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    /** The example of the README, verbatim. */
    static final String EXAMPLE = """
            # corpus-lint.yaml, in the corpus root
            includes: ["**/*.txt"]
            excludes:
              - drafts/**
            encoding: UTF-8
            rules:
              missing-date:
                severity: error
                options:
                  earliestYear: 2000
                  referenceDate: 2024-07-01
              boilerplate: warning        # shorthand: off, on, error, warning or info
            overrides:
              - folder: outlet-a          # a stricter setting for one outlet
                rules:
                  boilerplate: error
              - folder: outlet-a/archive
                rules:
                  missing-date:
                    options:
                      earliestYear: 1950
            fix:
              rules: [missing-date, boilerplate]
            """;

    @TempDir
    Path folder;

    private Path write(String yaml) throws IOException {
        Path file = folder.resolve("corpus-lint.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        String message = assertThrows(CorpusLintException.class, () -> ConfigFile.load(file))
                .getMessage();
        return message.replace(file.toString(), "corpus-lint.yaml");
    }

    @Test
    void readsEverySetting() throws IOException {
        Path file = write(EXAMPLE);
        FileConfiguration read = ConfigFile.load(file);
        LintConfig config = read.config();

        assertEquals(List.of("**/*.txt"), config.includes());
        assertEquals(List.of("drafts/**"), config.excludes());
        assertEquals(StandardCharsets.UTF_8, config.charset());
        assertEquals(new RuleSetting(null, Severity.ERROR,
                Map.of("earliestYear", "2000", "referenceDate", "2024-07-01"),
                Map.of("earliestYear", file + ":10:21 rules.missing-date.options.earliestYear",
                        "referenceDate", file + ":11:22"
                                + " rules.missing-date.options.referenceDate")),
                config.ruleSetting("missing-date"));
        assertEquals(new RuleSetting(true, Severity.WARNING, Map.of()),
                config.ruleSetting("boilerplate"));
        assertEquals(List.of(
                new FolderOverride("outlet-a", Map.of("boilerplate",
                        new RuleSetting(true, Severity.ERROR, Map.of()))),
                new FolderOverride("outlet-a/archive", Map.of("missing-date",
                        new RuleSetting(null, null, Map.of("earliestYear", "1950"),
                                Map.of("earliestYear", file + ":21:25"
                                        + " overrides[1].rules.missing-date.options"
                                        + ".earliestYear"))))),
                config.overrides());
        assertEquals(Set.of("missing-date", "boilerplate"), read.fixRules());
        assertEquals(folder.toAbsolutePath(), config.baseDirectory());
    }

    @Test
    void fixConfidenceIsReadUnderFixAndAbsentMeansTheDefault() throws IOException {
        assertEquals(FixConfidence.LIKELY,
                ConfigFile.load(write("fix:\n  confidence: likely\n")).fixConfidence());
        assertEquals(FixConfidence.UNSURE,
                ConfigFile.load(write("fix: {confidence: UNSURE}\n")).fixConfidence());
        assertNull(ConfigFile.load(write(EXAMPLE)).fixConfidence());
        assertEquals("corpus-lint.yaml:1:19: fix.confidence is 'sure', expected safe, likely"
                + " or unsure", error("fix: {confidence: sure}\n"));
        assertEquals("corpus-lint.yaml:1:7: unknown key 'fix.confidance'; expected rules,"
                + " confidence", error("fix: {confidance: likely}\n"));
    }

    @Test
    void cacheFileIsResolvedAgainstTheFilesFolder() throws IOException {
        assertEquals(folder.getParent().resolve("caches/corpus.cache").toAbsolutePath(),
                ConfigFile.load(write("cacheFile: ../caches/corpus.cache\n")).cacheFile());
        assertNull(ConfigFile.load(write(EXAMPLE)).cacheFile());
        assertEquals("corpus-lint.yaml:1:12: cacheFile is empty; name a file outside the"
                + " corpus, or leave the key out", error("cacheFile: ''\n"));
        Path given = folder.resolve("given.cache");
        assertEquals(given.toAbsolutePath(),
                ConfigFile.load(write("cacheFile: x.cache\n")).cacheFileOr(given));
    }

    @Test
    void theExampleLintsAsItSays() throws IOException {
        TempCorpus corpus = new TempCorpus(folder)
                // Bodies differ, so that no document is another's duplicate.
                .file("a.txt", " date 1995-03-01 Share\nFerry news\n")
                .file("outlet-a/a.txt", " date 1995-03-01 Share\nBridge news\n")
                .file("outlet-a/archive/a.txt", " date 1995-03-01\nTram news\n")
                .file("drafts/a.txt", "no date\n");
        write(EXAMPLE);
        LintConfig config = ConfigFile.load(ConfigFile.find(corpus.root()).orElseThrow())
                .config().toBuilder().threads(1).build();
        assertEquals(List.of(
                "a.txt:1:7-1:17 error [missing-date] publication date 1995-03-01 is before"
                        + " 2000, the earliest plausible year",
                "a.txt:1:18-1:23 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Share' | fix: delete the text after the date => 1:17-1:23 \"\"",
                "outlet-a/a.txt:1:7-1:17 error [missing-date] publication date 1995-03-01 is"
                        + " before 2000, the earliest plausible year",
                "outlet-a/a.txt:1:18-1:23 error [boilerplate] page chrome glued to the date"
                        + " header: 'Share' | fix: delete the text after the date => 1:17-1:23"
                        + " \"\""), corpus.lint(config));
    }

    @Test
    void findsTheFileInTheCorpusRootOnly() throws IOException {
        assertEquals(Optional.empty(), ConfigFile.find(folder));
        write("");
        assertEquals(Optional.of(folder.resolve("corpus-lint.yaml")), ConfigFile.find(folder));
        assertEquals(LintConfig.DEFAULT_INCLUDES,
                ConfigFile.load(folder.resolve("corpus-lint.yaml")).config().includes());
    }

    @Test
    void unknownKeysNameTheKeyTheFileAndTheLine() throws IOException {
        assertEquals("corpus-lint.yaml:2:1: unknown key 'exclude'; expected includes, excludes,"
                + " encoding, allowEmpty, maxFileSize, maxLineLength, maxTokenLength, rules,"
                + " overrides, fix, followLinks, jsonLines, cacheFile",
                error("includes: [a]\nexclude: [b]\n"));
        assertEquals("corpus-lint.yaml:3:5: unknown key 'rules.boilerplate.severty'; expected"
                + " enabled, severity, options",
                error("rules:\n  boilerplate:\n    severty: error\n"));
        assertEquals("corpus-lint.yaml:2:3: unknown rule 'typos' in rules; known rules: "
                + AllRules.sortedList(),
                error("rules:\n  typos: off\n"));
        assertEquals("corpus-lint.yaml:5:7: unknown key 'rules.missing-date.options.earliestyear':"
                + " rule 'missing-date' has the options earliestYear, referenceDate",
                error("rules:\n  missing-date:\n    options:\n      referenceDate: today\n"
                        + "      earliestyear: 2000\n"));
        assertEquals("corpus-lint.yaml:4:5: unknown key 'overrides[0].rule'; expected folder,"
                + " rules", error("overrides:\n  - folder: a\n    rules: {}\n    rule: {}\n"));
        assertEquals("corpus-lint.yaml:1:14: unknown rule 'typos' in fix.rules; known rules: "
                + AllRules.sortedList(),
                error("fix: {rules: [typos]}\n"));
    }

    @Test
    void badValuesNameTheKeyTheFileAndTheLine() throws IOException {
        assertEquals("corpus-lint.yaml:3:15: rules.boilerplate.severity is 'critical', expected"
                + " error, warning or info",
                error("rules:\n  boilerplate:\n    severity: critical\n"));
        assertEquals("corpus-lint.yaml:2:16: rules.boilerplate is 'loud', expected off, on,"
                + " error, warning, info, or a mapping of enabled, severity, options",
                error("rules:\n  boilerplate: loud\n"));
        assertEquals("corpus-lint.yaml:1:11: encoding is 'UTF-9', not a character set this"
                + " Java runtime supports", error("encoding: UTF-9\n"));
        assertEquals("corpus-lint.yaml:1:12: overrides must be a list of {folder, rules}",
                error("overrides: {folder: a}\n"));
        assertEquals("corpus-lint.yaml:2:5: overrides[0] has no folder",
                error("overrides:\n  - rules: {}\n"));
        assertEquals("corpus-lint.yaml:1:11: includes must be a value or a list of values",
                error("includes: {a: b}\n"));
        assertEquals("corpus-lint.yaml:3:14: rules.boilerplate.enabled is 'maybe', expected"
                + " true or false", error("rules:\n  boilerplate:\n    enabled: maybe\n"));
        assertEquals("corpus-lint.yaml:2:1: key 'includes' is written twice",
                error("includes: [a]\nincludes: [b]\n"));
        String syntax = error("rules: [a\nb: c\n");
        assertEquals(true, syntax.startsWith("corpus-lint.yaml:2:"), syntax);
        assertEquals(true, syntax.contains("not valid YAML"), syntax);
    }

    @Test
    void followLinksIsOffUnlessTheFileTurnsItOn() throws IOException {
        assertEquals(false, ConfigFile.load(write("includes: [a]\n")).config().followLinks());
        assertEquals(true, ConfigFile.load(write("followLinks: true\n")).config().followLinks());
        assertEquals("corpus-lint.yaml:1:14: followLinks is 'sometimes', expected true or false",
                error("followLinks: sometimes\n"));
    }

    @Test
    void aNumberOrABooleanIsNotAFilePattern() throws IOException {
        assertEquals("corpus-lint.yaml:1:11: includes is '5', expected a file pattern such as"
                + " **/*.txt, or a list of them", error("includes: 5\n"));
        assertEquals("corpus-lint.yaml:1:18: excludes is 'true', expected a file pattern such as"
                + " **/*.txt, or a list of them", error("excludes: [a/**, true]\n"));
        // Quoted, it is a pattern (of a file named 5).
        assertEquals(List.of("5"), ConfigFile.load(write("includes: '5'\n")).config().includes());
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheirName() throws IOException {
        // Jackson's token stream hands an alias over as the plain string "x".
        assertEquals("corpus-lint.yaml:2:11: YAML aliases (*x) are not supported;"
                + " write the value out where it is used",
                error("includes: &x ['**/*.txt']\nexcludes: *x\n"));
        assertEquals("corpus-lint.yaml:3:16: YAML aliases (*sev) are not"
                + " supported; write the value out where it is used",
                error("rules:\n  typo: &sev warning\n  boilerplate: *sev\n"));
        // An anchor alone is harmless.
        assertEquals(List.of("**/*.txt"),
                ConfigFile.load(write("includes: &x ['**/*.txt']\n")).config().includes());
    }

    @Test
    void allowEmptyIsReadWhenGiven() throws IOException {
        assertEquals(null, ConfigFile.load(write("includes: [a]\n")).allowEmpty());
        assertEquals(true, ConfigFile.load(write("allowEmpty: true\n")).allowEmpty());
        assertEquals(false, ConfigFile.load(write("allowEmpty: no\n")).allowEmpty());
        assertEquals("corpus-lint.yaml:1:13: allowEmpty is 'sometimes', expected true or false",
                error("allowEmpty: sometimes\n"));
    }

    @Test
    void theConfigurationFileIsReadAsBoundedText() throws IOException {
        Path file = folder.resolve("corpus-lint.yaml");
        Files.write(file, new byte[] {'i', 'n', 'c', 0, '\n'});
        assertEquals("cannot read configuration file " + file + ": not a text file: a control"
                + " character on line 1", assertThrows(CorpusLintException.class,
                        () -> ConfigFile.load(file)).getMessage());
    }

    @Test
    void forCorpusFindsTheFileOrGivesTheDefaults() throws IOException {
        assertEquals(LintConfig.DEFAULT_INCLUDES, ConfigFile.forCorpus(folder).config().includes());
        assertEquals(null, ConfigFile.forCorpus(folder).file());
        Path file = write("includes: ['*.md']\n");
        assertEquals(file, ConfigFile.forCorpus(folder).file());
        assertEquals(List.of("*.md"), ConfigFile.forCorpus(folder).config().includes());
        Path other = folder.resolve("other.yaml");
        Files.writeString(other, "includes: ['*.text']\n");
        assertEquals(List.of("*.text"), ConfigFile.forCorpus(folder, other).config().includes());
        Path missing = folder.resolve("nope.yaml");
        assertEquals("configuration file " + missing + " does not exist", assertThrows(
                CorpusLintException.class, () -> ConfigFile.forCorpus(folder, missing))
                .getMessage());
    }

    @Test
    void theCorpusFileMustNotLinkOutOfTheCorpus(@TempDir Path elsewhere) throws IOException {
        Path secret = elsewhere.resolve("secret.yaml");
        Files.writeString(secret, "s3cr3t: value\n");
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Path link = Files.createSymbolicLink(corpus.resolve("corpus-lint.yaml"), secret);
        String message = assertThrows(CorpusLintException.class,
                () -> ConfigFile.forCorpus(corpus)).getMessage();
        assertEquals(link + " links to a file outside the corpus; not read. Name a configuration"
                + " file kept elsewhere explicitly (configFile) if it is meant", message);
        // Named explicitly, it is read (and its error names its key: it is the user's file).
        assertEquals(secret + ":1:1: unknown key 's3cr3t'; expected includes, excludes, encoding,"
                + " allowEmpty, maxFileSize, maxLineLength, maxTokenLength, rules, overrides, fix,"
                + " followLinks, jsonLines, cacheFile", assertThrows(CorpusLintException.class,
                        () -> ConfigFile.forCorpus(corpus, secret)).getMessage());
    }

    @Test
    void anOptionValueTheRuleRejectsPointsAtTheFile() throws IOException {
        Path file = write("rules:\n  missing-date:\n    options:\n      earliestYear: soon\n");
        LintConfig config = ConfigFile.load(file).config();
        assertEquals("invalid configuration: option 'earliestYear' of rule 'missing-date' is"
                + " 'soon', expected a whole number (set at " + file + ":4:21"
                + " rules.missing-date.options.earliestYear)", assertThrows(
                        CorpusLintException.class,
                        () -> new CorpusLinter(config).lintText("a.txt", "x")).getMessage());
        // A value from elsewhere laid over the file's no longer points at the file.
        LintConfig overridden = config.toBuilder()
                .ruleOption("missing-date", "earliestYear", "later").build();
        assertEquals("invalid configuration: option 'earliestYear' of rule 'missing-date' is"
                + " 'later', expected a whole number", assertThrows(CorpusLintException.class,
                        () -> new CorpusLinter(overridden).lintText("a.txt", "x")).getMessage());
    }

    @Test
    void aMissingFileIsAnError() {
        Path missing = folder.resolve("nope.yaml");
        assertEquals("configuration file " + missing + " does not exist",
                assertThrows(CorpusLintException.class, () -> ConfigFile.load(missing))
                        .getMessage());
    }

    /** A rule with a vocabulary option, recording the files it was given. */
    static final class VocabularyRule implements Rule {
        static final RuleMetadata METADATA = new RuleMetadata("vocabulary", Severity.INFO,
                "Test.", "Test.", "Test.",
                List.of(new RuleOption("vocabulary", "", "word list files")));
        static final List<Path> seen = new ArrayList<>();

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void prepare(CorpusProfile profile, RuleOptions options) {
            seen.addAll(options.getPaths("vocabulary"));
        }

        @Override
        public void check(RuleContext context) {}
    }

    @Test
    void vocabularyFilesAreRelativeToTheConfigurationFile() throws IOException {
        Path file = write("rules:\n  vocabulary:\n    options:\n"
                + "      vocabulary: [names.txt, /srv/words/places.txt]\n");
        FileConfiguration read = ConfigFile.load(file, List.of(VocabularyRule.METADATA));
        VocabularyRule.seen.clear();
        new CorpusLinter(read.config(), List.of(VocabularyRule::new)).lintText("a.txt", "x");
        assertEquals(List.of(folder.toAbsolutePath().resolve("names.txt"),
                Path.of("/srv/words/places.txt")), VocabularyRule.seen);
    }
}
