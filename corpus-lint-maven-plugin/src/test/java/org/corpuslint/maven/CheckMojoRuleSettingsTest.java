package org.corpuslint.maven;

import static org.corpuslint.maven.DefectsProject.BAD_DATE_LINE;
import static org.corpuslint.maven.DefectsProject.CHROME_LINE;
import static org.corpuslint.maven.DefectsProject.OLD_DRAFT_LINE;
import static org.corpuslint.maven.DefectsProject.UNDATED_LINE;
import static org.corpuslint.maven.DefectsProject.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules switched off or given another severity, in the POM and by user property. */
@MojoTest
@Basedir(DefectsProject.BASEDIR)
class CheckMojoRuleSettingsTest {

    private static final String RULES_POM = "<project><build><plugins><plugin>"
            + "<artifactId>corpus-lint-maven-plugin</artifactId><configuration><rules>"
            + "<rule><id>boilerplate</id><enabled>false</enabled></rule>"
            + "<rule><id>missing-date</id><severity>info</severity>"
            + "<options><earliestYear>1980</earliestYear></options></rule>"
            + "</rules></configuration></plugin></plugins></build></project>";

    @Test
    @InjectMojo(goal = "check", pom = RULES_POM)
    void rulesInThePomDisableRulesChangeSeveritiesAndSetOptions(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertNull(execute(mojo, log), "info findings do not fail at the default threshold");
        assertEquals(List.of(
                "[info] " + info(BAD_DATE_LINE),
                "[info] " + info(UNDATED_LINE),
                "[info] corpus-lint: 5 documents, 2 findings (0 errors, 0 warnings, 2 info)",
                "[info]   missing-date: 2 info"), log.lines().subList(0, 4));
    }

    @Test
    @InjectMojo(goal = "check", pom = RULES_POM)
    @MojoParameter(name = "ruleSeverities", value = "missing-date=warning")
    void propertiesAreLaidOverThePomRules(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals(List.of(
                "[warn] " + BAD_DATE_LINE.replace(": error [", ": warning ["),
                "[warn] " + UNDATED_LINE.replace(": error [", ": warning ["),
                "[info] corpus-lint: 5 documents, 2 findings (0 errors, 2 warnings, 0 info)"),
                log.lines().subList(0, 3));
    }

    private static String info(String consoleLine) {
        return consoleLine.replaceFirst(": (error|warning) \\[", ": info [");
    }

    /** The user properties {@code -Dcorpus-lint.disabledRules} and {@code ...ruleSeverities}. */
    @Nested
    class UserProperties {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setUserProperties() {
            session.getUserProperties().setProperty("corpus-lint.disabledRules", "boilerplate");
            session.getUserProperties().setProperty("corpus-lint.ruleSeverities",
                    "missing-date=warning");
        }

        @Test
        @InjectMojo(goal = "check")
        void disableRulesAndChangeSeverities(CheckMojo mojo) {
            RecordingLog log = new RecordingLog();
            assertNull(execute(mojo, log), "warnings do not fail at the default threshold");
            assertEquals(List.of(
                    "[warn] " + BAD_DATE_LINE.replace(": error [", ": warning ["),
                    "[warn] " + OLD_DRAFT_LINE,
                    "[warn] " + UNDATED_LINE.replace(": error [", ": warning ["),
                    "[info] corpus-lint: 5 documents, 3 findings (0 errors, 3 warnings, 0 info)",
                    "[info]   missing-date: 3 warnings"), log.lines().subList(0, 5));
        }
    }

    @Test
    @InjectMojo(goal = "check")
    void withoutSettingsEveryRuleKeepsItsSeverity(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        execute(mojo, log);
        assertEquals(List.of("[error] " + BAD_DATE_LINE, "[warn] " + CHROME_LINE,
                "[warn] " + OLD_DRAFT_LINE, "[error] " + UNDATED_LINE), log.lines().subList(0, 4));
    }
}
