package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus-lint-checkstyle.xml: Checkstyle's layout, as Jenkins Warnings NG reads it. */
class CheckstyleXmlReportWriterTest {

    private static String write(LintResult result, Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CheckstyleXmlReportWriter().write(result, new ReportContext(root), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneFileElementPerDocumentWithAbsoluteNamesAndRuleSources(@TempDir Path folder)
            throws IOException {
        String xml = write(ReportFixtures.threeDocuments(folder), folder);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="ROOT/a.txt">
                    <error line="1" column="18" severity="warning" message="page chrome glued \
                to the date header: &apos;Share story&apos; (suggestion: delete the text after \
                the date)" source="corpus-lint.boilerplate"/>
                  </file>
                  <file name="ROOT/b.txt">
                    <error line="1" column="1" severity="error" message="document has no \
                publication date; the text states 2024-06-19 (suggestion: insert the header line \
                &apos;date 2024-06-19&apos;)" source="corpus-lint.missing-date"/>
                  </file>
                  <file name="ROOT/c.txt">
                    <error line="1" column="1" severity="warning" message="empty file; not \
                linted" source="corpus-lint.invalid-input"/>
                  </file>
                </checkstyle>
                """.replace("ROOT", folder.toString()), xml);
    }

    @Test
    void cleanRunIsAnEmptyCheckstyleElementAndInMemoryPathsStayRelative() throws IOException {
        CorpusLinter linter = new CorpusLinter(LintConfig.defaults());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                </checkstyle>
                """, write(linter.lintText("a.txt", " date 2020-01-01\nFine.\n"), null));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="inbox/a.txt">
                    <error line="1" column="1" severity="error" message="document has no \
                publication date" source="corpus-lint.missing-date"/>
                  </file>
                </checkstyle>
                """, write(linter.lintText("inbox/a.txt", "Fine.\n"), null));
    }
}
