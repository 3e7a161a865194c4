package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.options;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.rule.RuleOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds can be switched off, phrases and patterns added; bad values are clear errors. */
class OptionsTest {

    private static LintConfig option(String key, String value) {
        return options().ruleOption(BoilerplateRule.ID, key, value).build();
    }

    private static String error(String key, String value) {
        return assertThrows(CorpusLintException.class,
                () -> findings(option(key, value), withMiddle("Share"))).getMessage();
    }

    @Test
    void declaredOptions() {
        assertEquals(List.of("disabledKinds", "extraPhrases", "phraseFile", "minRepeatDocuments",
                "minRepeatFraction"),
                BoilerplateRule.METADATA.options().stream().map(RuleOption::name).toList());
    }

    @Test
    void disabledKindsAreNotReported() {
        LintConfig config = option("disabledKinds", "share, comments");
        assertEquals(List.of(), findings(config, withMiddle("Share this article")));
        assertEquals(List.of(), findings(config, withMiddle("Comments are closed")));
        assertEquals(List.of(oneLine(5, "Advertisement", "advertisement label", "5:1-7:1")),
                findings(config, withMiddle("Advertisement")));
    }

    @Test
    void headerKindSwitchesOffTheGluedHeaderFinding() {
        assertEquals(List.of(), findings(option("disabledKinds", "header"),
                " date 2024-06-19 Share story", "Ferry crossings resume", "", PROSE_1));
    }

    @Test
    void extraPhrasesAreStrongAndKeepTheirKind() {
        LintConfig config = option("extraPhrases",
                "related: ^elsewhere in the islands; donation:keep the lights on");
        String teaser = "Elsewhere in the islands: bus routes change";
        assertEquals(List.of(oneLine(5, teaser, "related-content teaser", "5:1-7:1")),
                findings(config, withMiddle(teaser)));
        String appeal = "Help us keep the lights on";
        assertEquals(List.of(oneLine(5, appeal, "donation appeal", "5:1-7:1")),
                findings(config, withMiddle(appeal)));
    }

    @Test
    void extraPatternsAreRegularExpressions() {
        LintConfig config = option("extraPhrases", "navigation:/^Edition \\d+ of \\d+$/");
        assertEquals(List.of(oneLine(5, "Edition 3 of 12", "navigation link", "5:1-7:1")),
                findings(config, withMiddle("Edition 3 of 12")));
    }

    @Test
    void phraseFileAddsEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("house-chrome.txt");
        Files.writeString(file, "# our own chrome\nshare: =pass it on\n\nsubscription: /gazette\\+/\n",
                StandardCharsets.UTF_8);
        LintConfig config = option("phraseFile", file.toString());
        assertEquals(List.of(oneLine(5, "Pass it on", "share/follow prompt", "5:1-7:1")),
                findings(config, withMiddle("Pass it on")));
        assertEquals(List.of(oneLine(5, "Read it all with Gazette+", "subscription notice",
                "5:1-7:1")), findings(config, withMiddle("Read it all with Gazette+")));
    }

    @Test
    void badValuesNameTheOption() {
        String kinds = "donation, subscription, newsletter, share, comments, navigation,"
                + " cookies, related, tip, advertisement, copyright, legal, affiliate, shop,"
                + " gallery, appeal";
        assertEquals("invalid configuration: option 'disabledKinds' of rule 'boilerplate' is"
                + " 'share, sharing', expected kinds from " + kinds + ", stray, repeated, header"
                + " (unknown kind 'sharing')", error("disabledKinds", "share, sharing"));
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'pass it on', expected 'kind:phrase' entries (no kind in 'pass it on')",
                error("extraPhrases", "pass it on"));
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'sharing:pass it on', expected 'kind:phrase' entries with a kind from "
                + kinds + " (unknown kind 'sharing')", error("extraPhrases", "sharing:pass it on"));
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'share:/(pass/', expected a regular expression RE2/J accepts in '/(pass/'"
                + " (missing closing ); backreferences and lookaround are not supported"
                + " (patterns run on the linear-time RE2 engine))",
                error("extraPhrases", "share:/(pass/"));
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'share: ~~', expected a phrase with words after 'share:'",
                error("extraPhrases", "share: ~~"));
        assertEquals("invalid configuration: option 'minRepeatDocuments' of rule 'boilerplate'"
                + " is '1', expected a whole number of at least 2",
                error("minRepeatDocuments", "1"));
        assertEquals("invalid configuration: option 'minRepeatDocuments' of rule 'boilerplate'"
                + " is 'many', expected a whole number", error("minRepeatDocuments", "many"));
        assertEquals("invalid configuration: option 'minRepeatFraction' of rule 'boilerplate'"
                + " is '5', expected a number from 0 to 1", error("minRepeatFraction", "5"));
    }

    @Test
    void badPhraseFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.txt");
        String message = error("phraseFile", missing.toString());
        assertEquals("invalid configuration: option 'phraseFile' of rule 'boilerplate' is '"
                + missing + "', expected a readable UTF-8 text file (no such file)", message);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "share: =pass it on\nsharing: tell a friend\n");
        assertEquals("invalid configuration: option 'phraseFile' of rule 'boilerplate' is '"
                + bad + "', expected on line 2 'kind:phrase' entries with a kind from donation,"
                + " subscription, newsletter, share, comments, navigation, cookies, related, tip,"
                + " advertisement, copyright, legal, affiliate, shop, gallery, appeal (the line's kind is"
                + " not one of them)",
                error("phraseFile", bad.toString()));
    }
}
