package org.corpuslint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.engine.RunStatistics;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;
import org.junit.jupiter.api.Test;

/** The site page of corpus-lint:report, rendered into XHTML as the site does. */
class FindingsReportRendererTest {

    private static final Path DEFECTS = Path.of("src/test/resources/projects/defects/corpus");

    private static String render(RunFindings result) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new FindingsReportRenderer(sink, result, Path.of("/news/corpus"),
                "corpus-lint/corpus-lint.html").render();
        sink.flush();
        return out.toString();
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (m.find()) {
            found.add(m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim());
        }
        return found;
    }

    @Test
    void listsTotalsRulesDocumentsAndFindingsWithLinksIntoTheHtmlReport() {
        LintConfig config = LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2025-01-01").build();
        String html = render(new CorpusLinter(config).lintDirectory(DEFECTS));

        assertTrue(html.contains("5 documents in /news/corpus: 4 findings (2 errors, 2 warnings,"
                + " 0 info)."), html);
        assertTrue(html.contains("<a href=\"corpus-lint/corpus-lint.html\">Open the interactive"
                + " report</a>"), html);
        assertEquals(List.of("Rule Description Errors Warnings Info Total",
                "boilerplate Scraped page chrome is left in the article text. 0 1 0 1",
                "missing-date " + new org.corpuslint.rules.date.MissingDateRule().metadata()
                        .summary() + " 2 1 0 3",
                "Document Errors Warnings Info Total",
                "bad-date.txt 1 0 0 1", "chrome.txt 0 1 0 1", "drafts/old.txt 0 1 0 1",
                "undated.txt 1 0 0 1"),
                all(html, "<tr[^>]*>(.*?)</tr>").subList(0, 8));
        assertTrue(html.contains("<a href=\"corpus-lint/corpus-lint.html#doc=drafts%2Fold.txt\">"
                + "drafts/old.txt</a>"), html);
        assertTrue(html.contains("<a href=\"corpus-lint/corpus-lint.html#doc=chrome.txt"
                + "&amp;finding=0\">1:18</a>"), html);
        assertTrue(all(html, "<tr[^>]*>(.*?)</tr>").contains("1:18 warning boilerplate page"
                + " chrome glued to the date header: 'Sign up for our morning briefing' delete"
                + " the text after the date"), html);
    }

    @Test
    void documentTextInMessagesIsEscapedAndBracesAreNotLinkPatterns() {
        Position start = new Position(1, 1, 0);
        LintResult result = new LintResult(List.of(new Finding("boilerplate", Severity.WARNING,
                "a <b>.txt", start, start, "glued '</td><script>x</script> {evil, http://x}'",
                null)), 1, List.of());
        String html = render(result);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("href=\"http://x\""), html);
        assertTrue(html.contains("glued '&lt;/td&gt;&lt;script&gt;x&lt;/script&gt; {evil,"
                + " http://x}'"), html);
        assertTrue(html.contains("#doc=a%20%3Cb%3E.txt"), html);
    }

    @Test
    void readsTheFindingsInPassesThroughCursorsOnlyAndCapsTheList() {
        Position start = new Position(1, 1, 0);
        List<Finding> findings = new ArrayList<>();
        for (int doc = 0; doc < 3; doc++) {
            for (int k = 0; k < 2_600; k++) {
                Position at = new Position(k + 1, 1, k * 10);
                findings.add(new Finding("missing-date", doc == 1 ? Severity.ERROR
                        : Severity.WARNING, "doc" + doc + ".txt", at, at, "no date " + k, null));
            }
        }
        LintResult held = new LintResult(findings, 4, List.of());
        int[] passes = {0};
        RunFindings streamed = new RunFindings() {
            @Override
            public int documentCount() {
                return held.documentCount();
            }

            @Override
            public List<RuleMetadata> rules() {
                return held.rules();
            }

            @Override
            public List<DuplicateCluster> duplicateClusters() {
                return held.duplicateClusters();
            }

            @Override
            public RunStatistics statistics() {
                return held.statistics();
            }

            @Override
            public FindingCounts counts() {
                return held.counts();
            }

            @Override
            public FindingCursor openFindings() {
                passes[0]++;
                return FindingCursor.of(held.findings().iterator());
            }
        };
        String html = render(streamed);
        assertEquals(render(held), html);
        assertTrue(passes[0] <= 3, "passes: " + passes[0]);
        assertTrue(html.contains("3 of 4 documents have findings."), html);
        assertTrue(html.contains("The first 5000 of 7800 findings"), html);
        // one row per listed finding, and the rule's row of the table by rule
        assertEquals(FindingsReportRenderer.MAX_LISTED_FINDINGS + 1,
                all(html, "<td>(missing-date)</td>").size());
        assertEquals(List.of("doc0.txt 0 2600 0 2600", "doc1.txt 2600 0 0 2600",
                "doc2.txt 0 2600 0 2600"), all(html, "<tr[^>]*>(.*?)</tr>").stream()
                .filter(row -> row.startsWith("doc")).toList());
    }
}
