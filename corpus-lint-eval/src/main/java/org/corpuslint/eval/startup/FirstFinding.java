package org.corpuslint.eval.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;

/**
 * Library start-up: the time from the JVM's start to the first finding on one small document,
 * with the built-in rules and default settings, in a fresh JVM (run it once per measurement;
 * {@code scripts/cli-startup.sh} does). Prints milliseconds: JVM start to {@code main}, opening
 * the session (rules created and prepared, corpus profiled), linting, and the total.
 */
public final class FirstFinding {

    private static final String ARTICLE = "A ferry timetable changes for the winter\n\n"
            + "The ferry company said the last crossing of the day will leave an hour earlier"
            + " from November.\nPassengers were asked to check the new timetable before they"
            + " travel.\n";

    private FirstFinding() {}

    public static void main(String[] args) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        Path corpus = Files.createTempDirectory("corpus-lint-first-finding");
        Path article = Files.writeString(corpus.resolve("ferry.txt"), ARTICLE);
        try {
            LintSession session = LintSession.open(corpus, LintConfig.defaults());
            long openedAt = System.currentTimeMillis();
            LintResult result = session.lintAll();
            long doneAt = System.currentTimeMillis();
            if (result.findings().isEmpty()) {
                throw new IllegalStateException("expected a missing-date finding");
            }
            System.out.printf("jvm-to-main %d ms, open %d ms, lint %d ms, first finding %d ms"
                    + " after JVM start (%s)%n", mainAt - jvmStart, openedAt - mainAt,
                    doneAt - openedAt, doneAt - jvmStart, result.findings().get(0).ruleId());
        } finally {
            Files.deleteIfExists(article);
            Files.deleteIfExists(corpus);
        }
    }
}
