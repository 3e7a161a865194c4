package org.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

class EncodingRuleTest {

    private static List<String> findings(String... lines) {
        return RuleFixture.corpus().doc("a.txt", lines).findings(EncodingRule::new);
    }

    @Test
    void mojibakeIsRepairedExactly() {
        assertEquals(List.of("a.txt:1:14-1:17 warning [encoding] mojibake 'â€”' (UTF-8 text"
                + " decoded as Windows-1252); it reads '—' | fix: replace with '—' =>"
                + " 1:14-1:17 \"—\""), findings("Rain stopped â€” then fell again."));
    }

    @Test
    void latinOneMojibakeIsRepairedToo() {
        // É read as Latin-1: the continuation byte 0x89 became the C1 control U+0089.
        assertEquals(List.of("a.txt:1:7-1:9 warning [encoding] mojibake 'Ã<U+0089>' (UTF-8 text"
                + " decoded as Latin-1); it reads 'É' | fix: replace with 'É' => 1:7-1:9 \"É\""
                + ""), findings("Hotel \u00C3\u0089toile opened."));
    }

    @Test
    void mojibakeWithALostByteIsReportedWithoutRepair() {
        // ” is E2 80 9D, and 0x9D is undefined in Windows-1252: decoders write U+FFFD for it.
        assertEquals(List.of("a.txt:1:14-1:17 warning [encoding] mojibake 'â€�' (UTF-8 text"
                + " decoded as Windows-1252, with a byte lost)"),
                findings("He said â€œnoâ€\uFFFD twice.").subList(1, 2));
    }

    @Test
    void accentedCapitalsBeforeQuotesAreNotMojibake() {
        assertEquals(List.of(), findings("They shouted “OLÉ” and « CAFÉ\u00A0» at the stand.",
                "The ESPAÑA… banner and the Ñ° sign stayed."));
    }

    @Test
    void entityWithoutSemicolonOrUnknownNameIsProse() {
        assertEquals(List.of(), findings("Profits at AT&T rose; R&D; spending fell & more."));
    }

    @Test
    void invisibleCharactersBetweenWordsOrInJoiningScriptsAreLeftAlone() {
        assertEquals(List.of(), findings("Two\u200B words, and \u0645\u200C\u0646 in Persian.",
                "A family emoji \uD83D\uDC68\u200D\uD83D\uDC69 stays."));
    }

    @Test
    void gluedWordsOfTwoScriptsAreNotLookAlikes() {
        assertEquals(List.of(), findings("The Путинsaid headline was a glued pair."));
    }

    @Test
    void cyrillicWordWithLatinLookAlikeGetsTheCyrillicLetter() {
        assertEquals(List.of("a.txt:1:1-1:7 warning [encoding] 'Москвa' is a Cyrillic word with"
                + " Latin 'a' (U+0061), a look-alike letter of another script | fix: replace with"
                + " 'Москва' => 1:1-1:7 \"Москва\""), findings("Москвa is large."));
    }

    @Test
    void nfcSingletonIsNormalized() {
        assertEquals(List.of("a.txt:1:5-1:6 info [encoding] '\u212B' is not in Unicode normal"
                + " form NFC (a character that NFC replaces) | fix: normalize to NFC => 1:5-1:6"
                + " \"\u00C5\""), findings("One \u212B is small."));
    }

    @Test
    void ignoredKindsAreNotReported() {
        List<String> found = RuleFixture.corpus()
                .config(LintConfig.builder().threads(1)
                        .ruleOption(EncodingRule.ID, "ignore", "nfc, mixed-script").build())
                .doc("a.txt", "One \u212B and Mаrk &amp; more.").findings(EncodingRule::new);
        assertEquals(List.of("a.txt:1:16-1:21 warning [encoding] HTML entity '&amp;' left in the"
                + " text; it stands for '&' | fix: replace with '&' => 1:16-1:21 \"&\""),
                found);
    }

    @Test
    void unknownKindIsAClearError() {
        RuleFixture corpus = RuleFixture.corpus()
                .config(LintConfig.builder().threads(1)
                        .ruleOption(EncodingRule.ID, "ignore", "mojibake, smileys").build())
                .doc("a.txt", "Text.");
        assertEquals("invalid configuration: option 'ignore' of rule 'encoding' is 'mojibake,"
                + " smileys', expected a list of damage kinds (mojibake, entity, markup,"
                + " replacement, control, invisible, mixed-script, nfc)",
                assertThrows(CorpusLintException.class, () -> corpus.findings(EncodingRule::new))
                        .getMessage());
    }
}
