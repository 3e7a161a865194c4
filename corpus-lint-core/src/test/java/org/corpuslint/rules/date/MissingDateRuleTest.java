package org.corpuslint.rules.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingDateRuleTest {

    private static final String NO_DATE = "error [missing-date] document has no publication date";

    private static LintConfig.Builder config() {
        return LintConfig.builder().threads(1)
                .ruleOption(MissingDateRule.ID, "referenceDate", "2024-07-01");
    }

    private static List<String> findings(String... lines) {
        return RuleFixture.corpus().config(config().build()).doc("a.txt", lines)
                .findings(MissingDateRule::new);
    }

    private static List<String> findingsOfRaw(String text) {
        return RuleFixture.corpus().config(config().build()).rawDoc("a.txt", text)
                .findings(MissingDateRule::new);
    }

    private static String statedFix(String lineBreak) {
        return "a.txt:1:1-1:13 error [missing-date] document has no publication date; the text"
                + " states 2024-06-19 | fix: insert the header line 'date 2024-06-19' => 1:1-1:1"
                + " \" date 2024-06-19" + lineBreak + "\"";
    }

    // --- no header ---

    @Test
    void missingHeaderIsAnErrorOverTheFirstLine() {
        assertEquals(List.of("a.txt:1:1-1:13 " + NO_DATE),
                findings("Grain barges", "", "Barges arrived at dawn."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Published On 19 Jun 2024",
        "Updated: June 19, 2024 10:32 GMT",
        "2024-06-19",
        "Posted on 2024-06-19T10:32Z",
        "First published Wednesday, 19th June 2024",
        "June 19, 2024"})
    void dateStatedInTheTextIsOfferedAsTheHeader(String statedLine) {
        assertEquals(List.of(statedFix("\\n")),
                findings("Grain barges", "By a staff writer", statedLine, "", "Barges left."));
    }

    @Test
    void insertedHeaderUsesTheDocumentsLineEnd() {
        assertEquals(List.of(statedFix("\\r\\n")),
                findingsOfRaw("Grain barges\r\nPublished On 19 Jun 2024\r\n\r\nBarges left.\r\n"));
        assertEquals(List.of(statedFix("\\r")),
                findingsOfRaw("Grain barges\rPublished On 19 Jun 2024\r"));
    }

    @Test
    void sameDateStatedTwiceIsStillUnambiguous() {
        assertEquals(List.of(statedFix("\\n")), findings("Grain barges",
                "Published On 19 Jun 2024", "Updated 2024-06-19", "Barges left."));
    }

    @Test
    void twoDifferentStatedDatesGiveNoFix() {
        assertEquals(List.of("a.txt:1:1-1:13 " + NO_DATE), findings("Grain barges",
                "Published On 19 Jun 2024", "Updated: June 20, 2024 08:00 GMT", "Barges left."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ferry last ran on 19 June 2024 before the storm.",
        "Published On 19/06/2024",
        "Published On 31 Jun 2024",
        "Published On 19 Juno 2024"})
    void datesThatAreNotAnUnambiguousStatementGiveNoFix(String line) {
        assertEquals(List.of("a.txt:1:1-1:13 " + NO_DATE), findings("Grain barges", line));
    }

    @Test
    void statedDateFarDownTheArticleIsNotTaken() {
        List<String> lines = new ArrayList<>(List.of("Grain barges"));
        for (int i = 2; i <= 40; i++) {
            lines.add("Paragraph " + i + ".");
        }
        lines.add("Published On 19 Jun 2024");
        assertEquals(List.of("a.txt:1:1-1:13 " + NO_DATE), findings(lines.toArray(String[]::new)));
        lines.remove(39);
        assertEquals(List.of(statedFix("\\n")), findings(lines.toArray(String[]::new)));
    }

    // --- header with a bad date ---

    @Test
    void impossibleCalendarDateIsAnError() {
        assertEquals(List.of("a.txt:1:7-1:17 error [missing-date] publication date '2024-13-45'"
                + " is not a real calendar date"), findings(" date 2024-13-45", "Body"));
        assertEquals(List.of("a.txt:1:7-1:17 error [missing-date] publication date '2023-02-29'"
                + " is not a real calendar date"), findings(" date 2023-02-29", "Body"));
    }

    @Test
    void dayFirstDateWithDayOverTwelveIsRewrittenInIsoForm() {
        assertEquals(List.of("a.txt:1:7-1:17 error [missing-date] publication date '19/06/2024'"
                + " is not an ISO date (YYYY-MM-DD) | fix: replace with '2024-06-19' =>"
                + " 1:7-1:17 \"2024-06-19\""), findings(" date 19/06/2024", "Body"));
        assertEquals(List.of("a.txt:1:6-1:16 error [missing-date] publication date '19.06.2024'"
                + " is not an ISO date (YYYY-MM-DD) | fix: replace with '2024-06-19' =>"
                + " 1:6-1:16 \"2024-06-19\""), findings("date 19.06.2024", "Body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/06/2024", "31/02/2024", "2024-6-19", "19/06/24", "2024"})
    void otherNonIsoDatesAreErrorsWithoutAFix(String date) {
        assertEquals(List.of("a.txt:1:7-1:" + (7 + date.length()) + " error [missing-date]"
                + " publication date '" + date + "' is not an ISO date (YYYY-MM-DD)"),
                findings(" date " + date, "Body"));
    }

    // --- plausibility ---

    @Test
    void dateAfterTheReferenceDayIsAWarning() {
        assertEquals(List.of("a.txt:1:7-1:17 warning [missing-date] publication date 2024-07-02"
                + " is in the future (after 2024-07-01)"), findings(" date 2024-07-02", "Body"));
        assertEquals(List.of(), findings(" date 2024-07-01", "Body"));
    }

    @Test
    void referenceDayDefaultsToToday() {
        LocalDate today = LocalDate.now();
        LintConfig defaults = LintConfig.builder().threads(1).build();
        assertEquals(List.of("a.txt:1:7-1:17 warning [missing-date] publication date "
                + today.plusDays(1) + " is in the future (after " + today + ")"),
                RuleFixture.corpus().config(defaults)
                        .doc("a.txt", " date " + today.plusDays(1), "Body")
                        .findings(MissingDateRule::new));
        assertEquals(List.of(), RuleFixture.corpus().config(defaults)
                .doc("a.txt", " date " + today, "Body").findings(MissingDateRule::new));
    }

    @Test
    void dateBeforeTheEarliestYearIsAWarning() {
        assertEquals(List.of("a.txt:1:7-1:17 warning [missing-date] publication date 1989-12-31"
                + " is before 1990, the earliest plausible year"), findings(" date 1989-12-31"));
        assertEquals(List.of(), findings(" date 1990-01-01"));
    }

    @Test
    void earliestYearIsConfigurable() {
        RuleFixture corpus = RuleFixture.corpus()
                .config(config().ruleOption(MissingDateRule.ID, "earliestYear", "2000").build())
                .doc("a.txt", " date 1999-12-31")
                .doc("b.txt", " date 2000-01-01");
        assertEquals(List.of("a.txt:1:7-1:17 warning [missing-date] publication date 1999-12-31"
                + " is before 2000, the earliest plausible year"),
                corpus.findings(MissingDateRule::new));
    }

    @Test
    void validHeaderIsQuietEvenWithChromeGluedOn() {
        assertEquals(List.of(), findings(" date 2024-06-19", "Body"));
        assertEquals(List.of(), findings(" date 2024-06-19 Share this page", "Body"));
        assertEquals(List.of(), findings("date 2024-06-19", "Published On 20 Jun 2024"));
    }

    // --- options ---

    @Test
    void badOptionValuesAreClearErrors() {
        assertEquals("invalid configuration: option 'referenceDate' of rule 'missing-date' is"
                + " 'yesterday', expected a date as YYYY-MM-DD or 'today'",
                optionError("referenceDate", "yesterday"));
        assertEquals("invalid configuration: option 'referenceDate' of rule 'missing-date' is"
                + " '2024-02-30', expected a date as YYYY-MM-DD or 'today'",
                optionError("referenceDate", "2024-02-30"));
        assertEquals("invalid configuration: option 'earliestYear' of rule 'missing-date' is"
                + " 'nineteen', expected a whole number", optionError("earliestYear", "nineteen"));
    }

    private static String optionError(String key, String value) {
        RuleFixture corpus = RuleFixture.corpus()
                .config(LintConfig.builder().threads(1).ruleOption(MissingDateRule.ID, key, value)
                        .build())
                .doc("a.txt", " date 2024-06-19");
        return assertThrows(CorpusLintException.class, () -> corpus.findings(MissingDateRule::new))
                .getMessage();
    }

    @Test
    void metadataDescribesTheRuleAndItsOptions() {
        var metadata = new MissingDateRule().metadata();
        assertEquals("missing-date", metadata.id());
        assertEquals(Severity.ERROR, metadata.defaultSeverity());
        assertEquals(List.of("referenceDate=today", "earliestYear=1990"), metadata.options()
                .stream().map((RuleOption o) -> o.name() + "=" + o.defaultValue()).toList());
    }
}
