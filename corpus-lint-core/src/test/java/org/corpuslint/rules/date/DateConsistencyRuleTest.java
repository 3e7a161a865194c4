package org.corpuslint.rules.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testkit.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateConsistencyRuleTest {

    private static final String RULE = "warning [date-consistency] ";

    private static List<String> findings(String... lines) {
        return RuleFixture.corpus().doc("a.txt", lines).findings(DateConsistencyRule::new);
    }

    private static String headerFix(String date) {
        return " | fix: replace the header date with '" + date + "' => 1:7-1:17 \"" + date + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published On 19 Jun 2024", "Posted: June 19, 2024",
        "Published 11:15 PM EST Jun 19, 2024", "2024-06-19", "First published on 19 June 2024"})
    void publicationLineFarFromTheHeaderIsReportedWithTheStatedDateAsFix(String line) {
        assertEquals(List.of("a.txt:3:1-3:" + (line.length() + 1) + " " + RULE
                + "header date 2024-06-25 is 6 days after the publication date the text states,"
                + " 2024-06-19 ('" + line + "')" + headerFix("2024-06-19")),
                findings(" date 2024-06-25", "Tram line approved", line, "",
                        "The council voted for the airport tram."));
    }

    @Test
    void datelineIsReadInTheYearNearestTheHeader() {
        assertEquals(List.of("a.txt:4:1-4:32 " + RULE + "header date 2025-01-04 is 17 days"
                + " after the dateline's date, 2024-12-18 ('MOSCOW, December 18 (Reuters) -')"
                + headerFix("2024-12-18")),
                findings(" date 2025-01-04", "Grain ships sail", "",
                        "MOSCOW, December 18 (Reuters) - Grain ships left port on Wednesday."));
    }

    @Test
    void datelineWithARegionAndDayFirstDateIsRead() {
        assertEquals(List.of("a.txt:4:1-4:34 " + RULE + "header date 2024-06-25 is 7 days"
                + " after the dateline's date, 2024-06-18 ('ST. JOSEPH, Mich., 18 June (AP) —')"
                + headerFix("2024-06-18")),
                findings(" date 2024-06-25", "Fair opens", "",
                        "ST. JOSEPH, Mich., 18 June (AP) — The county fair opened."));
    }

    @Test
    void withinTheToleranceAndDatesInProseStayQuiet() {
        assertEquals(List.of(), findings(" date 2024-06-20", "Grain ships sail",
                "Published On 19 Jun 2024", "",
                "MOSCOW, June 19 (Reuters) - Grain ships left on June 2, as agreed on 1 May 2023.",
                "", "SAN FRANCISCO (AP) — A dateline without a date says nothing."));
    }

    @Test
    void updateAfterPublicationIsNormalButBeforeItIsReportedWithoutFix() {
        assertEquals(List.of(), findings(" date 2024-06-19", "Tram line approved",
                "Updated: June 28, 2024 10:32 GMT", "", "The council voted."));
        assertEquals(List.of("a.txt:3:1-3:33 " + RULE + "header date 2024-06-19 is 7 days after"
                + " the update date the text states, 2024-06-12 ('Updated: June 12, 2024 10:32"
                + " GMT')"), findings(" date 2024-06-19", "Tram line approved",
                "Updated: June 12, 2024 10:32 GMT", "", "The council voted."));
    }

    @Test
    void weekdayThatDoesNotFitTheDateIsReported() {
        assertEquals(List.of("a.txt:4:1-4:34 " + RULE + "'BRUSSELS, Friday, June 18 (AFP) -'"
                + " names Friday, but 2024-06-18 is a Tuesday"),
                findings(" date 2024-06-18", "Talks end", "",
                        "BRUSSELS, Friday, June 18 (AFP) - Ministers left without a deal."));
        assertEquals(List.of(), findings(" date 2024-06-18", "Talks end", "",
                "BRUSSELS, Tuesday, June 18 (AFP) - Ministers left without a deal."));
    }

    @Test
    void datelineWeekdayAloneIsCheckedAgainstTheHeaderWithinTheTolerance() {
        assertEquals(List.of("a.txt:4:1-4:27 " + RULE + "the dateline 'LONDON, Friday (Reuters) -'"
                + " names Friday, but the header date 2024-06-18 is a Tuesday"),
                findings(" date 2024-06-18", "Talks end", "",
                        "LONDON, Friday (Reuters) - Ministers left without a deal."));
        assertEquals(List.of(), findings(" date 2024-06-18", "Talks end", "",
                "LONDON, Monday (Reuters) - Ministers left without a deal."));
    }

    @Test
    void twoDifferentStatedDatesGiveFindingsButNoFix() {
        assertEquals(List.of(
                "a.txt:3:1-3:25 " + RULE + "header date 2024-07-02 is 13 days after the"
                        + " publication date the text states, 2024-06-19 ('Published On 19 Jun"
                        + " 2024')",
                "a.txt:5:1-5:28 " + RULE + "header date 2024-07-02 is 12 days after the"
                        + " dateline's date, 2024-06-20 ('LONDON, June 20 (Reuters) -')"),
                findings(" date 2024-07-02", "Tram line approved", "Published On 19 Jun 2024",
                        "", "LONDON, June 20 (Reuters) - The council voted."));
    }

    @Test
    void noHeaderDateIsLeftToMissingDate() {
        assertEquals(List.of(), findings("Tram line approved", "Published On 19 Jun 2024"));
        assertEquals(List.of(), findings(" date 19/06/2024", "Published On 19 Jun 2023"));
    }

    @Test
    void toleranceOptionWidensWhatAgrees() {
        LintConfig wide = LintConfig.builder().threads(1)
                .ruleOption(DateConsistencyRule.ID, "toleranceDays", "7").build();
        assertEquals(List.of(), RuleFixture.corpus().config(wide)
                .doc("a.txt", " date 2024-06-25", "Tram", "Published On 19 Jun 2024")
                .findings(DateConsistencyRule::new));
        RuleFixture bad = RuleFixture.corpus().config(LintConfig.builder().threads(1)
                .ruleOption(DateConsistencyRule.ID, "toleranceDays", "-1").build())
                .doc("a.txt", " date 2024-06-25");
        assertEquals("invalid configuration: option 'toleranceDays' of rule 'date-consistency'"
                + " is '-1', expected a whole number of at least 0", assertThrows(
                        CorpusLintException.class,
                        () -> bad.findings(DateConsistencyRule::new)).getMessage());
    }

    private static final String[] TRAM_STORY = {"Tram line approved", "",
        "The city council voted on Tuesday evening to build a tram line from the station to the"
                + " airport, ending a debate that had lasted nine years and two elections."};

    private static String[] dated(String date, String... body) {
        String[] lines = new String[body.length + 1];
        lines[0] = " date " + date;
        System.arraycopy(body, 0, lines, 1, body.length);
        return lines;
    }

    private static List<String> copies(String firstDate, String secondDate, String... second) {
        return RuleFixture.corpus().doc("first.txt", dated(firstDate, TRAM_STORY))
                .doc("second.txt", dated(secondDate, second))
                .findings(DateConsistencyRule::new);
    }

    @Test
    void exactCopyWithALaterDateIsReportedOnItsHeaderWithoutFix() {
        String expected = "second.txt:1:7-1:17 " + RULE + "header date 2024-06-25 is 6 days after"
                + " that of first.txt, 2024-06-19, an exact copy of this text";
        assertEquals(List.of(expected), copies("2024-06-19", "2024-06-25", TRAM_STORY));
        // white space does not make a copy different
        assertEquals(List.of(expected), copies("2024-06-19", "2024-06-25", "Tram line  approved",
                "", "", TRAM_STORY[2].replace(" from the", "\n   from the")));
        // the later copy is reported whichever path comes first
        assertEquals(List.of("first.txt:1:7-1:17 " + RULE + "header date 2024-06-25 is 6 days"
                + " after that of second.txt, 2024-06-19, an exact copy of this text"),
                copies("2024-06-25", "2024-06-19", TRAM_STORY));
    }

    @Test
    void threeCopiesAreEachComparedWithTheEarliest() {
        assertEquals(List.of(
                "b.txt:1:7-1:17 " + RULE + "header date 2024-07-01 is 12 days after that of"
                        + " c.txt, 2024-06-19, an exact copy of this text",
                "d.txt:1:7-1:17 " + RULE + "header date 2024-06-22 is 3 days after that of"
                        + " c.txt, 2024-06-19, an exact copy of this text"),
                RuleFixture.corpus().doc("a.txt", dated("2024-06-20", TRAM_STORY))
                        .doc("b.txt", dated("2024-07-01", TRAM_STORY))
                        .doc("c.txt", dated("2024-06-19", TRAM_STORY))
                        .doc("d.txt", dated("2024-06-22", TRAM_STORY))
                        .findings(DateConsistencyRule::new));
    }

    @Test
    void sameDateOrWithinTheToleranceStaysQuiet() {
        assertEquals(List.of(), copies("2024-06-19", "2024-06-19", TRAM_STORY));
        assertEquals(List.of(), copies("2024-06-19", "2024-06-20", TRAM_STORY));
    }

    /** The tram story with its last words updated: a near-duplicate, not a copy. */
    private static final String[] UPDATED_TRAM = {TRAM_STORY[0], "",
        TRAM_STORY[2].replace("two elections.", "two elections, the mayor said.")};

    @Test
    void nearDuplicateWithinItsOwnToleranceStaysQuiet() {
        assertEquals(List.of(), copies("2024-06-19", "2024-06-25", UPDATED_TRAM));
        assertEquals(List.of(), copies("2024-06-19", "2024-06-26", UPDATED_TRAM));
    }

    @Test
    void nearDuplicateDatedBeyondItsToleranceIsInfoNamingTheCanonicalCopyWithoutFix() {
        assertEquals(List.of("second.txt:1:7-1:17 info [date-consistency] header date 2024-06-27"
                + " is 8 days after that of first.txt, 2024-06-19, the canonical copy of this"
                + " near-duplicate (estimated similarity 0.91)"),
                copies("2024-06-19", "2024-06-27", UPDATED_TRAM));
        // the earlier-dated copy is the canonical one, whichever is the original
        assertEquals(List.of("first.txt:1:7-1:17 info [date-consistency] header date 2024-07-19"
                + " is 30 days after that of second.txt, 2024-06-19, the canonical copy of this"
                + " near-duplicate (estimated similarity 0.91)"),
                copies("2024-07-19", "2024-06-19", UPDATED_TRAM));
    }

    @Test
    void anExactCopyOfALaterNearCopyIsReportedOnceAsTheExactCopy() {
        assertEquals(List.of("third.txt:1:7-1:17 " + RULE + "header date 2024-07-09 is 8 days"
                + " after that of second.txt, 2024-07-01, an exact copy of this text",
                "second.txt:1:7-1:17 info [date-consistency] header date 2024-07-01 is 12 days"
                + " after that of first.txt, 2024-06-19, the canonical copy of this"
                + " near-duplicate (estimated similarity 0.91)").stream().sorted().toList(),
                RuleFixture.corpus().doc("first.txt", dated("2024-06-19", TRAM_STORY))
                        .doc("second.txt", dated("2024-07-01", UPDATED_TRAM))
                        .doc("third.txt", dated("2024-07-09", UPDATED_TRAM))
                        .findings(DateConsistencyRule::new));
    }

    @Test
    void nearCopyToleranceOptionIsItsOwn() {
        LintConfig month = LintConfig.builder().threads(1)
                .ruleOption(DateConsistencyRule.ID, "nearCopyToleranceDays", "30").build();
        RuleFixture corpus = RuleFixture.corpus().config(month)
                .doc("first.txt", dated("2024-06-19", TRAM_STORY))
                .doc("second.txt", dated("2024-07-19", UPDATED_TRAM))
                .doc("third.txt", dated("2024-06-25", TRAM_STORY));
        // the near copy is within a month; the exact copy still has the one-day tolerance
        assertEquals(List.of("third.txt:1:7-1:17 " + RULE + "header date 2024-06-25 is 6 days"
                + " after that of first.txt, 2024-06-19, an exact copy of this text"),
                corpus.findings(DateConsistencyRule::new));
        RuleFixture bad = RuleFixture.corpus().config(LintConfig.builder().threads(1)
                .ruleOption(DateConsistencyRule.ID, "nearCopyToleranceDays", "a week").build())
                .doc("a.txt", " date 2024-06-25");
        assertEquals("invalid configuration: option 'nearCopyToleranceDays' of rule"
                + " 'date-consistency' is 'a week', expected a whole number",
                assertThrows(CorpusLintException.class,
                        () -> bad.findings(DateConsistencyRule::new)).getMessage());
    }

    @Test
    void unrelatedArticlesDatedFarApartStayQuiet() {
        assertEquals(List.of(), copies("2024-06-19", "2025-02-01", "Orchard saved", "",
                "Neighbours raised enough money in a fortnight to buy the old orchard behind the"
                        + " school, which a developer had planned to cover with forty houses."));
    }

    @Test
    void copyWithoutAValidHeaderDateIsSkipped() {
        assertEquals(List.of(), RuleFixture.corpus().doc("first.txt", dated("2024-06-19",
                TRAM_STORY)).doc("second.txt", dated("19/06/2025", TRAM_STORY))
                .doc("third.txt", TRAM_STORY).findings(DateConsistencyRule::new));
    }
}
