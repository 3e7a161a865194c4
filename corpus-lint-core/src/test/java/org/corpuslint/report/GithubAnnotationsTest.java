package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub Actions workflow commands, escaped as the runner unescapes them. */
class GithubAnnotationsTest {

    @Test
    void oneCommandPerFindingWithSeverityRangeTitleAndSuggestion(@TempDir Path folder) {
        List<String> lines = ReportFixtures.threeDocuments(folder).findings().stream()
                .map(f -> GithubAnnotations.line(f, "corpus/" + f.path())).toList();
        assertEquals(List.of(
                "::warning file=corpus/a.txt,line=1,col=18,endLine=1,endColumn=28,"
                        + "title=boilerplate (corpus-lint)::page chrome glued to the date header:"
                        + " 'Share story' (suggestion: delete the text after the date)",
                "::error file=corpus/b.txt,line=1,col=1,endLine=1,endColumn=10,"
                        + "title=missing-date (corpus-lint)::document has no publication date;"
                        + " the text states 2024-06-19 (suggestion: insert the header line"
                        + " 'date 2024-06-19')",
                "::warning file=corpus/c.txt,line=1,col=1,endLine=1,endColumn=1,"
                        + "title=invalid-input (corpus-lint)::empty file; not linted"), lines);
    }

    @Test
    void infoIsANoticeAndAMultiLineRangeEndsOnItsLastLine() {
        Finding f = new Finding("boilerplate", Severity.INFO, "a.txt", new Position(3, 1, 40),
                new Position(5, 7, 90), "appeal", null);
        assertEquals("::notice file=a.txt,line=3,col=1,endLine=5,endColumn=7,"
                + "title=boilerplate (corpus-lint)::appeal", GithubAnnotations.line(f, "a.txt"));
    }

    @Test
    void dataEscapesPercentAndLineBreaksAndBlanksOtherControlCharacters() {
        assertEquals("100%25 a%0Db%0Ac d, e: f", GithubAnnotations.data("100% a\rb\nc\u001Bd, e: f"));
    }

    @Test
    void propertiesAlsoEscapeCommaAndColon() {
        assertEquals("C%3A\\news%2C 2024%0A%25.txt",
                GithubAnnotations.property("C:\\news, 2024\n%.txt"));
    }
}
