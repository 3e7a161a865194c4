package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.model.TextEdit;
import org.corpuslint.rules.BuiltInRules;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** The header part of the boilerplate rule: page chrome glued to the date header line. */
class GluedHeaderTextTest {

    private static List<Finding> run(String text) {
        return RuleFixture.corpus().rawDoc("a.txt", text).run(List.of(BoilerplateRule::new));
    }

    /** The document with every fix applied, edits from last to first. */
    private static String fixed(String text, List<Finding> findings) {
        StringBuilder out = new StringBuilder(text);
        findings.stream().flatMap(f -> f.fix().edits().stream())
                .sorted((a, b) -> Integer.compare(b.start().offset(), a.start().offset()))
                .forEach((TextEdit e) -> out.replace(e.start().offset(), e.end().offset(),
                        e.replacement()));
        return out.toString();
    }

    /** Pins the one finding on {@code text} and the text once its fix is applied. */
    private static void assertGlued(String text, String expectedFinding, String expectedFixed) {
        List<Finding> findings = run(text);
        assertEquals(List.of(expectedFinding), RuleFixture.render(findings));
        assertEquals(expectedFixed, fixed(text, findings));
    }

    @Test
    void textAfterTheDateIsReportedWithAFixThatDeletesIt() {
        assertGlued(" date 2024-06-19 Support our newsroom!\nFerry crossings resume.\n",
                "a.txt:1:18-1:39 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Support our newsroom!' | fix: delete the text after the date =>"
                        + " 1:17-1:39 \"\"",
                " date 2024-06-19\nFerry crossings resume.\n");
    }

    @Test
    void chromeGluedWithoutASpace() {
        assertGlued(" date 2024-06-19Sign up\nFerry crossings resume.\n",
                "a.txt:1:17-1:24 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Sign up' | fix: delete the text after the date => 1:17-1:24 \"\"",
                " date 2024-06-19\nFerry crossings resume.\n");
    }

    @Test
    void fixKeepsAWindowsLineEnd() {
        assertGlued(" date 2024-06-19 In Pictures \r\nFerry crossings resume.\r\n",
                "a.txt:1:18-1:30 warning [boilerplate] page chrome glued to the date header:"
                        + " 'In Pictures ' | fix: delete the text after the date => 1:17-1:30 \"\"",
                " date 2024-06-19\r\nFerry crossings resume.\r\n");
    }

    @Test
    void headerWithABadDateAndChromeGetsBothFindings() {
        assertEquals(List.of(
                "a.txt:1:7-1:17 error [missing-date] publication date '19/06/2024' is not an ISO"
                        + " date (YYYY-MM-DD) | fix: replace with '2024-06-19' => 1:7-1:17"
                        + " \"2024-06-19\"",
                "a.txt:1:18-1:29 warning [boilerplate] page chrome glued to the date header:"
                        + " 'Share story' | fix: delete the text after the date => 1:17-1:29 \"\""),
                RuleFixture.render(RuleFixture.corpus()
                        .config(LintConfig.builder().threads(1).build())
                        .doc("a.txt", " date 19/06/2024 Share story", "Ferry crossings resume.")
                        .run(BuiltInRules.factories())));
    }

    @Test
    void quietWithoutGluedText() {
        assertEquals(List.of(), run(" date 2024-06-19\nFerry crossings resume.\n"));
        assertEquals(List.of(), run(" date 2024-06-19  \t\nFerry crossings resume.\n"));
        assertEquals(List.of(), run("Date palms grow along the river\nThe harvest is late.\n"));
        assertEquals(List.of(), run("Ferry crossings resume.\n date 2024-06-19 Share\n"));
    }
}
