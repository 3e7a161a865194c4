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
 * the session (rules created and prepared, corpus profiled), linting, and the total. With the
 * argument {@code foreign} the document also holds a paragraph in German, so that the first
 * finding waits for the language identifier (the {@code language} rule's finding).
 */
public final class FirstFinding {

    private static final String ARTICLE = "A ferry timetable changes for the winter\n\n"
            + "The ferry company said the last crossing of the day will leave an hour earlier"
            + " from November.\nPassengers were asked to check the new timetable before they"
            + " travel.\n";

    /** Our own words, in German: the ferry company's notice. */
    private static final String FOREIGN_PARAGRAPH = "Die Reederei teilte mit, dass die letzte"
            + " Fähre des Tages ab November eine Stunde früher ablegt und dass die Fahrgäste"
            + " den neuen Fahrplan vor der Reise prüfen sollen.\n";

    private FirstFinding() {}

    public static void main(String[] args) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        Path corpus = Files.createTempDirectory("corpus-lint-first-finding");
        boolean foreign = args.length > 0 && args[0].equals("foreign");
        Path article = Files.writeString(corpus.resolve("ferry.txt"),
                foreign ? ARTICLE + FOREIGN_PARAGRAPH : ARTICLE);
        try {
            LintSession session = LintSession.open(corpus, LintConfig.defaults());
            long openedAt = System.currentTimeMillis();
            LintResult result = session.lintAll();
            long doneAt = System.currentTimeMillis();
            if (result.findings().isEmpty() || foreign && result.findings().stream()
                    .noneMatch(f -> f.ruleId().equals("language"))) {
                throw new IllegalStateException("expected a missing-date finding"
                        + (foreign ? " and a language finding" : ""));
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
