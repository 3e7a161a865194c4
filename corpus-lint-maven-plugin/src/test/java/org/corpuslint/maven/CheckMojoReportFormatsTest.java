package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.basedir;
import static org.corpuslint.maven.DefectsProject.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** {@code formats} chooses the report files; annotations follow the setting or GitHub Actions. */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class CheckMojoReportFormatsTest {

    private static final List<String> ANNOTATIONS = List.of(
            "::error file=corpus/bad-date.txt,line=1,col=7,endLine=1,endColumn=16,"
                    + "title=missing-date (corpus-lint)::publication date '2024-13-45' is not a"
                    + " real calendar date",
            "::warning file=corpus/chrome.txt,line=1,col=18,endLine=1,endColumn=49,"
                    + "title=boilerplate (corpus-lint)::page chrome glued to the date header:"
                    + " 'Sign up for our morning briefing' (suggestion: delete the text after"
                    + " the date)",
            "::warning file=corpus/drafts/old.txt,line=1,col=7,endLine=1,endColumn=16,"
                    + "title=missing-date (corpus-lint)::publication date 1985-06-01 is before"
                    + " 1990, the earliest plausible year",
            "::error file=corpus/undated.txt,line=1,col=1,endLine=1,endColumn=37,"
                    + "title=missing-date (corpus-lint)::document has no publication date; the"
                    + " text states 2024-03-04 (suggestion: insert the header line"
                    + " 'date 2024-03-04')");

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** Runs the mojo with the given environment; returns the annotation lines it printed. */
    private List<String> annotations(CheckMojo mojo, Map<String, String> environment) {
        mojo.annotations = new GithubAnnotationPrinter(
                new PrintStream(console, true, StandardCharsets.UTF_8), environment::get);
        execute(mojo, new RecordingLog());
        String printed = console.toString(StandardCharsets.UTF_8);
        return printed.isEmpty() ? List.of() : List.of(printed.split("\n"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "checkstyle,html")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/formats-run")
    void writesOnlyTheChosenFormats(CheckMojo mojo) throws Exception {
        execute(mojo, new RecordingLog());
        Path reports = basedir().resolve("target/formats-run");
        try (var files = Files.list(reports)) {
            assertEquals(List.of("corpus-lint-checkstyle.xml", "corpus-lint.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        NodeList files = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(reports.resolve("corpus-lint-checkstyle.xml").toFile())
                .getElementsByTagName("file");
        assertEquals(4, files.getLength());
        assertEquals(basedir().resolve("corpus/bad-date.txt").toString(),
                files.item(0).getAttributes().getNamedItem("name").getNodeValue());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "html,json")
    @MojoParameter(name = "htmlMaxTexts", value = "1")
    @MojoParameter(name = "ruleTimes", value = "true")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/capped-run")
    void htmlMaxTextsCapsTheTextsAndRuleTimesAreLoggedAndReported(CheckMojo mojo)
            throws Exception {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        Path reports = basedir().resolve("target/capped-run");
        String page = Files.readString(reports.resolve("corpus-lint.html"));
        assertTrue(page.contains("\"capped\":{\"embedded\":1,\"listed\":3"), page);
        assertTrue(Files.readString(reports.resolve("corpus-lint.json"))
                .contains("\"ruleCpu\" : {"));
        assertTrue(log.lines().stream()
                .anyMatch(l -> l.startsWith("[info] corpus-lint rule CPU time (")),
                log.lines().toString());
    }

    @Test
    @InjectMojo(goal = "check")
    void underGitHubActionsEveryFindingIsAnnotated(CheckMojo mojo) {
        assertEquals(ANNOTATIONS, annotations(mojo, Map.of("GITHUB_ACTIONS", "true")));
    }

    @Test
    @InjectMojo(goal = "check")
    void elsewhereNothingIsPrinted(CheckMojo mojo) {
        assertEquals(List.of(), annotations(mojo, Map.of("GITHUB_ACTIONS", "false")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "githubAnnotations", value = "true")
    void theSettingTurnsThemOn(CheckMojo mojo) {
        assertEquals(ANNOTATIONS, annotations(mojo, Map.of()));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "githubAnnotations", value = "false")
    void theSettingTurnsThemOffEvenUnderGitHubActions(CheckMojo mojo) {
        assertEquals(List.of(), annotations(mojo, Map.of("GITHUB_ACTIONS", "true")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "chrome.txt")
    void pathsAreRelativeToTheCheckoutWhenTheCorpusIsInIt(CheckMojo mojo) {
        Path checkout = basedir().getParent();
        List<String> lines = annotations(mojo, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", checkout.toString()));
        assertEquals(1, lines.size());
        String expected = "::warning file=" + basedir().getFileName() + "/corpus/chrome.txt,";
        assertTrue(lines.get(0).startsWith(expected), lines.get(0));
        assertFalse(lines.get(0).contains(checkout.toString()));
    }
}
