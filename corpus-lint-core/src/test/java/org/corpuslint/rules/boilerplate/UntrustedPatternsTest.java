package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.options;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.rule.OptionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration may come with the corpus, so its patterns and the files it names are hostile
 * input: no pattern can hang a run, and no error quotes a file an option names.
 */
class UntrustedPatternsTest {

    private static LintConfig option(String key, String value) {
        return options().ruleOption(BoilerplateRule.ID, key, value).build();
    }

    private static String error(String key, String value) {
        return assertThrows(CorpusLintException.class,
                () -> findings(option(key, value), withMiddle("Share"))).getMessage();
    }

    @Test
    void catastrophicPatternOnSixtyCommasFinishesWithinASecond() {
        // On java.util.regex this pattern backtracks through 60-choose-12 splits: it never ends.
        LintConfig config = option("extraPhrases", "navigation:/(.*,){12}X/");
        String commas = ",".repeat(60);
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> findings(config, withMiddle(commas)));
        assertEquals(List.of(), found);
        String matching = ",".repeat(12) + "X";
        assertEquals(List.of(oneLine(5, matching, "navigation link", "5:1-7:1")),
                findings(config, withMiddle(matching)));
    }

    @Test
    void lookaroundAndBackreferencesAreRefusedNamingOptionAndPattern() {
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'share:/pass(?= it on)/', expected a regular expression RE2/J accepts in"
                + " '/pass(?= it on)/' (invalid or unsupported Perl syntax; backreferences and"
                + " lookaround are not supported (patterns run on the linear-time RE2 engine))",
                error("extraPhrases", "share:/pass(?= it on)/"));
        assertEquals("invalid configuration: option 'extraPhrases' of rule 'boilerplate' is"
                + " 'share:/(pass) \\1/', expected a regular expression RE2/J accepts in"
                + " '/(pass) \\1/' (invalid escape sequence; backreferences and lookaround are"
                + " not supported (patterns run on the linear-time RE2 engine))",
                error("extraPhrases", "share:/(pass) \\1/"));
    }

    @Test
    void phraseFileErrorsNeverQuoteTheFile(@TempDir Path dir) throws IOException {
        Path shadow = dir.resolve("shadow");
        Files.writeString(shadow, "root:$6$s3cr3tHash$Zq9:19000:0:99999:7:::\n",
                StandardCharsets.UTF_8);
        String message = error("phraseFile", shadow.toString());
        assertEquals("invalid configuration: option 'phraseFile' of rule 'boilerplate' is '"
                + shadow + "', expected on line 1 'kind:phrase' entries with a kind from"
                + " donation, subscription, newsletter, share, comments, navigation, cookies,"
                + " related, tip, advertisement, copyright, legal, affiliate, shop, gallery, appeal (the"
                + " line's kind is not one of them)",
                message);
        assertAll(() -> assertFalse(message.contains("root")),
                () -> assertFalse(message.contains("s3cr3t")));

        Path noKind = dir.resolve("token");
        Files.writeString(noKind, "s3cr3t-token\n", StandardCharsets.UTF_8);
        assertEquals("invalid configuration: option 'phraseFile' of rule 'boilerplate' is '"
                + noKind + "', expected on line 1 'kind:phrase' entries (the line has no kind)",
                error("phraseFile", noKind.toString()));

        Path badPattern = dir.resolve("patterns.txt");
        Files.writeString(badPattern, "# ok\nshare: /s3cr3t(?=x)/\n", StandardCharsets.UTF_8);
        assertEquals("invalid configuration: option 'phraseFile' of rule 'boilerplate' is '"
                + badPattern + "', expected on line 2 a regular expression RE2/J accepts"
                + " (invalid or unsupported Perl syntax; backreferences and lookaround are not"
                + " supported (patterns run on the linear-time RE2 engine))",
                error("phraseFile", badPattern.toString()));
    }

    @Test
    void phraseFileMustBeABoundedTextFile(@TempDir Path dir) throws IOException {
        String prefix = "invalid configuration: option 'phraseFile' of rule 'boilerplate' is '";
        assertEquals(prefix + dir + "', expected a readable UTF-8 text file (not a regular file)",
                error("phraseFile", dir.toString()));
        Path binary = dir.resolve("key.bin");
        Files.write(binary, new byte[] {'s', 'h', 'a', 'r', 'e', ':', 'x', '\n', 's', 0, 'k'});
        assertEquals(prefix + binary + "', expected a readable UTF-8 text file (not a text file:"
                + " a control character on line 2)", error("phraseFile", binary.toString()));
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "share: pass it on\n\ncopyright: caf\u00e9".getBytes(
                StandardCharsets.ISO_8859_1));
        assertEquals(prefix + latin1 + "', expected a readable UTF-8 text file (not UTF-8 text:"
                + " an invalid byte on line 3)", error("phraseFile", latin1.toString()));
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[OptionFile.MAX_BYTES + 1]);
        assertEquals(prefix + huge + "', expected a readable UTF-8 text file (larger than 16 MiB;"
                + " not a word or phrase list)", error("phraseFile", huge.toString()));
    }
}
