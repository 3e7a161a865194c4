package org.corpuslint.maven;

import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The test project {@code src/test/resources/projects/defects}: a corpus folder with one clean
 * article and one of each date and header defect, and the exact console lines they produce.
 */
final class DefectsProject {

    static final String BASEDIR = "/projects/defects";

    static final String BAD_DATE_LINE = "corpus/bad-date.txt:1:7: error [missing-date]"
            + " publication date '2024-13-45' is not a real calendar date";
    static final String CHROME_LINE = "corpus/chrome.txt:1:18: warning [boilerplate]"
            + " page chrome glued to the date header: 'Sign up for our morning briefing'"
            + " (suggestion: delete the text after the date)";
    static final String OLD_DRAFT_LINE = "corpus/drafts/old.txt:1:7: warning [missing-date]"
            + " publication date 1985-06-01 is before 1990, the earliest plausible year";
    static final String UNDATED_LINE = "corpus/undated.txt:1:1: error [missing-date]"
            + " document has no publication date; the text states 2024-03-04"
            + " (suggestion: insert the header line 'date 2024-03-04')";

    /** What the failure message says of the chrome's safe fix, the project's only one. */
    static final String CHROME_SAFE_FIX = "; 1 of them has a safe fix: run mvn corpus-lint:fix";

    private DefectsProject() {}

    /** The test's base directory, as the harness resolved it. */
    static Path basedir() {
        return Path.of(MojoExtension.getBasedir());
    }

    /**
     * The build-failure message: {@code corpus-lint found <counts>[; N of them have a safe fix:
     * run mvn corpus-lint:fix]; reports: <the files>}.
     */
    static String failureMessage(String counts, String outputDirectory) {
        Path reports = basedir().resolve(outputDirectory);
        return "corpus-lint found " + counts + "; reports: " + reports.resolve("corpus-lint.sarif")
                + ", " + reports.resolve("corpus-lint.json") + ", "
                + reports.resolve("corpus-lint.html");
    }

    /**
     * Runs the mojo with {@code log}, as if Maven were started in the project folder; returns
     * what it threw, or {@code null}.
     */
    static Exception execute(Mojo mojo, RecordingLog log) {
        if (mojo instanceof CheckMojo check) {
            check.workingDirectory(basedir());
        }
        mojo.setLog(log);
        try {
            mojo.execute();
            return null;
        } catch (MojoExecutionException | MojoFailureException e) {
            return e;
        }
    }
}
