package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typo rule on small corpora written for these tests. The English dictionaries load once
 * per test JVM (they are shared and immutable), so the tests stay fast.
 */
class TypoRuleTest {

    /** An article about Korean food that uses "Korean" as an adjective throughout. */
    private static final String[] KOREA = {
        " date 2024-05-02",
        "Seoul kitchens go global",
        "",
        "Korean chefs opened four restaurants in Lisbon this spring.",
        "Diners queued for Korean barbecue and for traditional Korean desserts.",
        "One cook wore a traditional Koran apron while serving the Korean guests.",
    };

    /** An article about a religious school, where "the Koran" is the right word. */
    private static final String[] ISLAM = {
        " date 2024-05-03",
        "School opens in Leeds",
        "",
        "Pupils at the new Islamic school will study the Koran in Arabic and English.",
        "The head teacher said the Koran classes would start in September.",
    };

    private static List<String> findings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }

    private static RuleFixture corpus() {
        return RuleFixture.corpus();
    }

    private static LintConfig withOption(String key, String value) {
        return LintConfig.builder().threads(1).ruleOption(TypoRule.ID, key, value).build();
    }

    /**
     * The three defects of real scraped summit coverage, reproduced in articles of our own: a
     * real-word slip in a caption, a misspelled capital and a misspelled newspaper name, among
     * photographers' credits, agency names and transliterated names that must stay quiet.
     */
    @Test
    void summitCoverageGivesExactlyTheThreeTypos() {
        RuleFixture corpus = corpus()
                .doc("visit.txt",
                        " date 2024-06-19",
                        "Leaders meet in Pyongyang",
                        "",
                        "North Korean officials welcomed the delegation to Pyongyang on Tuesday.",
                        "The Korean hosts held a banquet, and North Korean television showed it.",
                        "A girl in a traditional Koran dress handed over flowers.",
                        "Oleg Varnavsky / TASS",
                        "The guests toured Pyongyang. [Irina Shelkova/Sputnik via Reuters]",
                        "A letter printed in Minju Choson praised the visit.")
                .doc("streets.txt",
                        " date 2024-06-20",
                        "Portraits line the streets",
                        "",
                        "Photographs show the avenues of Pyonyang decked with flags.",
                        "Pyongyang also closed schools, and Pyongyang radio played marches.",
                        "Kumchon and Ryugyong residents were told to stay home.",
                        "The newspaper Minju Chosn said the friendship was eternal.",
                        "Contact desk@example-news.org or see pyongyang-visit.html.");
        assertEquals(List.of(
                "streets.txt:4:33-4:41 error [typo] 'Pyonyang' is close to 'Pyongyang', used 2"
                        + " times in this document and 5 times in the corpus | fix: replace with"
                        + " 'Pyongyang' => 4:33-4:41 \"Pyongyang\"",
                "streets.txt:7:21-7:26 error [typo] 'Chosn' is close to 'Choson', as in 'Minju"
                        + " Choson', once in the corpus | fix: replace with 'Choson' => 7:21-7:26"
                        + " \"Choson\"",
                "visit.txt:6:25-6:30 error [typo] 'Koran' is a real word, but this document uses"
                        + " 'Korean' 3 times; did you mean 'Korean'? | fix: replace with 'Korean'"
                        + " => 6:25-6:30 \"Korean\""),
                findings(corpus));
    }

    // --- real-word slips of a dominant name ---

    @Test
    void realWordSlipOfTheNameThatDominatesTheArticleIsAnErrorWithAFix() {
        assertEquals(List.of("korea.txt:6:29-6:34 error [typo] 'Koran' is a real word, but this"
                        + " document uses 'Korean' 4 times; did you mean 'Korean'? | fix: replace"
                        + " with 'Korean' => 6:29-6:34 \"Korean\""),
                findings(corpus().doc("korea.txt", KOREA).doc("school.txt", ISLAM)));
    }

    @Test
    void theRealWordWhereItFitsStaysQuiet() {
        assertEquals(List.of(), findings(corpus().doc("school.txt", ISLAM)));
        assertEquals(List.of(), findings(corpus().doc("korea.txt", KOREA[0], KOREA[1], KOREA[2],
                KOREA[3], KOREA[4], "Police found copies of the Koran and Korean novels.",
                "Korean diplomats said the Korean community was shocked.")));
    }

    @Test
    void twoNamesThatBothBelongInTheArticleStayQuiet() {
        assertEquals(List.of(), findings(corpus().doc("gulf.txt",
                "Iran talks resume",
                "",
                "Iran said on Monday that Iran would resume talks, and Iran's envoy flew to Iraq.",
                "Austria and Australia sent observers; Austria said Austria's team was ready.")));
    }

    @Test
    void realWordInAnAttestedMultiWordNameIsASlip() {
        assertEquals(List.of("c.txt:1:21-1:26 error [typo] 'Aries' is a real word, but the"
                        + " corpus writes 'Buenos Aires' 2 times; did you mean 'Aires'? | fix:"
                        + " replace with 'Aires' => 1:21-1:26 \"Aires\""),
                findings(corpus()
                        .doc("a.txt", "Protesters marched in Buenos Aires on Friday.")
                        .doc("b.txt", "The mayor of Buenos Aires resigned.")
                        .doc("c.txt", "Flights from Buenos Aries were delayed.")));
    }

    // --- unknown words with corpus evidence ---

    @Test
    void misspelledNameWithTheRightFormInTheSameArticleIsAnError() {
        assertEquals(List.of("a.txt:2:17-2:25 error [typo] 'Pyonyang' is close to 'Pyongyang',"
                        + " used 2 times in this document and 3 times in the corpus | fix: replace"
                        + " with 'Pyongyang' => 2:17-2:25 \"Pyongyang\""),
                findings(corpus()
                        .doc("a.txt", "Pyongyang held a parade.",
                                "Crowds lined in Pyonyang as Pyongyang celebrated.")
                        .doc("b.txt", "Pyongyang denied it.")));
    }

    @Test
    void misspelledPartOfAMultiWordNameIsAnErrorEvenWhenRare() {
        RuleFixture corpus = corpus()
                .doc("a.txt", "Shares in Lyudkov Brothers rose.")
                .doc("b.txt", "The chairman of Lyudov Brothers left.");
        String lyudov = "b.txt:1:17-1:23 error [typo] 'Lyudov' is close to 'Lyudkov', as in"
                + " 'Lyudkov Brothers', %s in the corpus | fix: replace with 'Lyudkov' =>"
                + " 1:17-1:23 \"Lyudkov\"";
        assertEquals(List.of(lyudov.formatted("once")), findings(corpus),
                "one use each: the one with a letter left out is the slip");
        corpus.doc("c.txt", "Lyudkov Brothers denied it.");
        assertEquals(List.of(lyudov.formatted("2 times")), findings(corpus));
    }

    @Test
    void misspelledNameSeenOnlyInOtherArticlesNeedsAFarMoreCommonLongVariant() {
        RuleFixture corpus = corpus();
        for (int i = 0; i < 5; i++) {
            corpus.doc("m" + i + ".txt", "Officials in Bangladesh met on day " + i + ".");
        }
        corpus.doc("x.txt", "Floods hit Bangaldesh again.");
        assertEquals(List.of("x.txt:1:12-1:22 warning [typo] 'Bangaldesh' is close to"
                + " 'Bangladesh', used 5 times in the corpus"), findings(corpus));
    }

    @Test
    void newNamesWithoutCloseVariantsStayQuietUnlessAsked() {
        RuleFixture corpus = corpus().doc("a.txt",
                "Reporter Oksana Zvarytska met Ilkka Vuorenmaa in Tampere.");
        assertEquals(List.of(), findings(corpus));
        assertEquals(List.of("a.txt:1:17-1:26 info [typo] 'Zvarytska' is not in the dictionary"
                        + " and has no close variant in the corpus; a new name?",
                "a.txt:1:31-1:36 info [typo] 'Ilkka' is not in the dictionary and has no"
                        + " close variant in the corpus; a new name?",
                "a.txt:1:37-1:46 info [typo] 'Vuorenmaa' is not in the dictionary and has no"
                        + " close variant in the corpus; a new name?"),
                findings(corpus.config(withOption("reportUnknown", "true"))));
    }

    @Test
    void twoSpellingsUsedEquallyOftenAreBothLeftAlone() {
        assertEquals(List.of(), findings(corpus()
                .doc("a.txt", "Coach Valtari praised the side.")
                .doc("b.txt", "Coach Valtary praised the side.")));
    }

    // --- unknown lower-case words ---

    @Test
    void lowerCaseMisspellingGetsTheDictionaryWord() {
        assertEquals(List.of("a.txt:1:5-1:14 error [typo] 'goverment' is not in the dictionary;"
                        + " did you mean 'government'? | fix: replace with 'government' =>"
                        + " 1:5-1:14 \"government\""),
                findings(corpus().doc("a.txt", "The goverment fell.")));
    }

    @Test
    void misspellingAtTheStartOfASentenceKeepsItsCapital() {
        assertEquals(List.of("a.txt:1:16-1:24 error [typo] 'Finsihed' is not in the"
                        + " dictionary; did you mean 'Finished'? ('finished' is used once in this"
                        + " document) | fix: replace with 'Finished' => 1:16-1:24 \"Finished\""),
                findings(corpus().doc("a.txt", "Work finished. Finsihed roads opened.")));
    }

    @Test
    void wordsRunTogetherAreSplit() {
        assertEquals(List.of("a.txt:1:11-1:19 error [typo] 'thefirst' is not in the"
                        + " dictionary; two words run together: 'the first' | fix: replace with"
                        + " 'the first' => 1:11-1:19 \"the first\""),
                findings(corpus().doc("a.txt", "It was is thefirst time.")));
    }

    @Test
    void nameWrittenInLowerCaseIsCapitalisedWhenTheCorpusWritesIt() {
        RuleFixture corpus = corpus().doc("a.txt", "Markets closed on friday.");
        assertEquals(List.of(), findings(corpus), "the corpus never writes Friday");
        corpus.doc("b.txt", "On Friday and every Friday after.");
        assertEquals(List.of("a.txt:1:19-1:25 error [typo] 'friday' is a name written in lower"
                + " case; did you mean 'Friday'? | fix: replace with 'Friday' => 1:19-1:25"
                + " \"Friday\""), findings(corpus));
    }

    @Test
    void wordThatLooksLikeACompoundIsASlipWhenTheArticleUsesTheRealWord() {
        assertEquals(List.of("a.txt:1:34-1:43 error [typo] 'compaired' is not in the dictionary;"
                        + " did you mean 'compared'? ('compared' is used once in this document)"
                        + " | fix: replace with 'compared' => 1:34-1:43 \"compared\""),
                findings(corpus().doc("a.txt",
                        "Prices compared well. Wages were compaired too.")));
    }

    @Test
    void shortWordsWithSeveralReadingsInPlainProseAreAWarningWithoutAFix() {
        // Too short to choose among its readings, but a misspelling in English prose all the
        // same (ShortMisspellings); no reading is fixed.
        assertEquals(List.of("a.txt:1:14-1:18 warning [typo] 'halp' is not in the dictionary,"
                + " and too short to tell which word was meant; perhaps 'hall' or 'halo'?"),
                findings(corpus().doc("a.txt", "They came to halp us.")));
    }

    @Test
    void droppedGAndInformalWordsStayQuiet() {
        assertEquals(List.of(), findings(corpus().doc("a.txt",
                "He was lovin' it, okay in the circs.")));
    }

    @Test
    void britishSpellingsCompoundsAndDerivationsAreCorrect() {
        assertEquals(List.of(), findings(corpus().doc("a.txt",
                "The programme honours the centre's organisation and modernises its colour"
                        + " scheme.",
                "On matchday the loosehead was reconvicted; co-ordinated fans sang for Kim"
                        + " Jong-un's critics.")));
    }

    @Test
    void wordsTheWholeCorpusUsesRepeatedlyAreItsOwnVocabulary() {
        assertEquals(List.of(), findings(corpus()
                .doc("a.txt", "The bouncebackability of the team.")
                .doc("b.txt", "Such bouncebackability is rare.")
                .doc("c.txt", "They praised its bouncebackability.")));
    }

    // --- what is not prose ---

    @Test
    void addressesHandlesTagsNumbersAcronymsAndFileNamesAreSkipped() {
        assertEquals(List.of(), findings(corpus().doc("a.txt",
                "See www.goverment-news.example/artcle or https://example.org/recieve now.",
                "Write to enviroment.desk@example.org, follow @definatly and #electoin.",
                "The 5bn plan, the UKIP and NKVD files, and the report goverment.pdf.")));
    }

    @Test
    void creditLinesOfPhotoCaptionsAreSkipped() {
        RuleFixture corpus = corpus()
                .doc("a.txt", "Maria Ivanova said.", "Maria Ivanova spoke.",
                        "Maria Ivanova left.")
                .doc("b.txt", "The minister arrives.",
                        "Maria Ivanva / Reuters",
                        "A crowd gathers. [Maria Ivanva/Kommersant via AP Photo]",
                        "Maria Ivanva, NTB / Scanpix");
        assertEquals(List.of(), findings(corpus));
        corpus = corpus().doc("a.txt", "Maria Ivanova said.", "Maria Ivanova spoke.")
                .doc("c.txt", "Maria Ivanva said.");
        assertEquals(List.of("c.txt:1:7-1:13 error [typo] 'Ivanva' is close to 'Ivanova', as in"
                + " 'Maria Ivanova', 2 times in the corpus | fix: replace with 'Ivanova' =>"
                + " 1:7-1:13 \"Ivanova\""), findings(corpus));
    }

    // --- vocabulary files ---

    @Test
    void acceptFileWordsAreCorrect(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accept.txt");
        Files.writeString(accept, "# house style\nPyonyang\ngoverment  # our spelling\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(), findings(corpus()
                .config(withOption("acceptFile", accept.toString()))
                .doc("a.txt", "Pyongyang and Pyonyang; Pyongyang and the goverment.")));
    }

    @Test
    void relativeWordListsResolveAgainstTheConfigurationFolderAndMayBeSeveral(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("vocab"));
        Files.writeString(dir.resolve("vocab/names.txt"), "Pyonyang\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("vocab/style.txt"), "goverment\n", StandardCharsets.UTF_8);
        LintConfig config = LintConfig.builder().threads(1).baseDirectory(dir)
                .ruleOption(TypoRule.ID, "acceptFile", "vocab/names.txt, vocab/style.txt")
                .build();
        assertEquals(List.of(), findings(corpus().config(config)
                .doc("a.txt", "Pyongyang and Pyonyang; Pyongyang and the goverment.")));
    }

    @Test
    void rejectFileWordsAreReportedWithTheirReplacement(@TempDir Path dir) throws IOException {
        Path reject = dir.resolve("reject.txt");
        Files.writeString(reject, "irregardless\nalright -> all right\n", StandardCharsets.UTF_8);
        assertEquals(List.of("a.txt:1:1-1:8 error [typo] 'Alright' is on the reject list; use"
                        + " 'all right' | fix: replace with 'all right' => 1:1-1:8 \"all right\"",
                "a.txt:1:10-1:22 error [typo] 'irregardless' is on the reject list"),
                findings(corpus().config(withOption("rejectFile", reject.toString()))
                        .doc("a.txt", "Alright, irregardless of it.")));
    }

    @Test
    void missingWordListIsAConfigurationErrorNamingOptionAndFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        CorpusLintException e = assertThrows(CorpusLintException.class, () -> findings(corpus()
                .config(withOption("acceptFile", missing.toString())).doc("a.txt", "Text.")));
        assertEquals("invalid configuration: option 'acceptFile' of rule 'typo' is '" + missing
                + "', expected a readable UTF-8 word list, but " + missing
                + " cannot be read (no such file)", e.getMessage());
    }

    @Test
    void unreadableWordListIsAConfigurationError(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("bad.txt");
        Files.write(binary, new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28});
        CorpusLintException e = assertThrows(CorpusLintException.class, () -> findings(corpus()
                .config(withOption("rejectFile", binary.toString())).doc("a.txt", "Text.")));
        assertEquals("invalid configuration: option 'rejectFile' of rule 'typo' is '" + binary
                + "', expected a readable UTF-8 word list, but " + binary
                + " cannot be read (not UTF-8 text: an invalid byte on line 2)", e.getMessage());
    }

    @Test
    void badVariantsAndDominanceAreConfigurationErrors() {
        CorpusLintException variant = assertThrows(CorpusLintException.class,
                () -> findings(corpus().config(withOption("variants", "en-US,en-XX"))
                        .doc("a.txt", "Text.")));
        assertEquals("invalid configuration: option 'variants' of rule 'typo' is 'en-US,en-XX',"
                + " expected a comma-separated list of en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA",
                variant.getMessage());
        CorpusLintException dominance = assertThrows(CorpusLintException.class,
                () -> findings(corpus().config(withOption("minDominance", "1"))
                        .doc("a.txt", "Text.")));
        assertEquals("invalid configuration: option 'minDominance' of rule 'typo' is '1',"
                + " expected a whole number of at least 2", dominance.getMessage());
    }

    @Test
    void onlyTheConfiguredVariantsAcceptAWord() {
        RuleFixture corpus = corpus().doc("a.txt", "The colour of the honour guard.");
        assertEquals(List.of(), findings(corpus));
        assertEquals(2, findings(corpus.config(withOption("variants", "en-US"))).size());
    }

    // --- weaker evidence: warnings ---

    private static RuleFixture repeated(String sentence, int times) {
        RuleFixture corpus = corpus();
        for (int i = 0; i < times; i++) {
            corpus.doc("r" + i + ".txt", sentence + " Day " + (i + 1) + ".");
        }
        return corpus;
    }

    @Test
    void loneSlipOfTheKeysOnADictionaryNameTheCorpusUsesIsAWarning() {
        RuleFixture corpus = repeated("Exports to Japan rose.", 5)
                .doc("x.txt", "Car sales in Jpaan fell.");
        assertEquals(List.of("x.txt:1:14-1:19 warning [typo] 'Jpaan' is close to 'Japan',"
                + " used 5 times in the corpus"), findings(corpus));
    }

    @Test
    void loneDoubledOrSwappedLetterIsASlipEvenOnAVowelOrAtTheEnd() {
        RuleFixture corpus = repeated("Exports to India and Asian markets rose in December.", 5)
                .doc("x.txt", "Sales fell in Indiaa.")
                .doc("y.txt", "Rain fell across Asain ports.")
                .doc("z.txt", "Prices rose in Decemberr.");
        assertEquals(List.of("x.txt:1:15-1:21 warning [typo] 'Indiaa' is close to 'India',"
                        + " used 5 times in the corpus",
                "y.txt:1:18-1:23 warning [typo] 'Asain' is close to 'Asian', used 5 times in"
                        + " the corpus",
                "z.txt:1:16-1:25 warning [typo] 'Decemberr' is close to 'December', used 5"
                        + " times in the corpus"), findings(corpus));
    }

    /** Each case is a slip of the keys on a lone name, but reads as another name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // beside another capitalised word: a full name of its own
        "Talks with Iran resumed. | The bowler Irfan Pathan took three wickets.",
        // a vowel left out that still reads as a name
        "The final went to Serena. | The winning goal came from Serna.",
        // the first letter differs: slips rarely touch it
        "The film starred Lucas. | Applications went through Ucas.",
    })
    void loneVariantThatReadsAsAnotherNameStaysQuiet(String common, String lone) {
        assertEquals(List.of(), findings(repeated(common, 5).doc("x.txt", lone)));
    }

    @Test
    void longWordTwoEditsFromTheOnlyCommonCorpusWordIsAWarning() {
        RuleFixture corpus = repeated("They walked across the bridge.", 10)
                .doc("x.txt", "Rain spread accros the region.");
        assertEquals(List.of("x.txt:1:13-1:19 warning [typo] 'accros' is not in the dictionary;"
                + " did you mean 'across'? (the only common word of the corpus two edits away)"),
                findings(corpus));
    }

    @Test
    void longWordTwoEditsFromTwoCommonCorpusWordsIsAWarningWithoutFix() {
        RuleFixture corpus = repeated("They walked across the bridge.", 10);
        for (int i = 0; i < 10; i++) {
            corpus.doc("f" + i + ".txt", "The farm covers many acres.");
        }
        assertEquals(List.of("x.txt:1:13-1:19 warning [typo] 'accros' is not in the dictionary,"
                        + " nor a form of a word in it, and no word is close enough to fix;"
                        + " perhaps 'across' or 'acres'?"),
                findings(corpus.doc("x.txt", "Rain spread accros the region.")));
    }

    @Test
    void pluralEsAndADroppedEAreDerivationsOnlyWhereEnglishFormsThem() {
        assertEquals(List.of("a.txt:1:6-1:10 error [typo] 'alos' is not in the dictionary;"
                        + " did you mean 'also'? | fix: replace with 'also' => 1:6-1:10 \"also\"",
                "a.txt:1:19-1:25 warning [typo] 'lastes' is not in the dictionary; did you mean"
                        + " 'lasted' or 'lasts'?"),
                findings(corpus().doc("a.txt", "They alos met the lastes arrivals.")));
    }

    /** Spoken forms in quotes and a first-letter slip towards a word nobody uses. */
    @ParameterizedTest
    @ValueSource(strings = {
        "He replied hehe and then haha, and here we are.",
        "\"Ummm, hmmm,\" he said.",
        "The scragged pitch stayed.",
    })
    void laughterEmphasisAndFirstLetterSlipsToUnusedWordsStayQuiet(String sentence) {
        assertEquals(List.of(), findings(corpus().doc("a.txt", sentence)));
    }

    @Test
    void compoundReadingFromRareWordsIsASlipFromCommonOnesIsNot() {
        assertEquals(List.of("a.txt:1:3-1:12 error [typo] 'widesread' is not in the dictionary;"
                        + " did you mean 'widespread'? | fix: replace with 'widespread' =>"
                        + " 1:3-1:12 \"widespread\""),
                findings(corpus().doc("a.txt", "A widesread matchday loss.")));
    }
}
