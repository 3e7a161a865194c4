package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * The streaming engine (one reader, documents through a bounded queue) finds exactly what the
 * engine before it found, one file per task: {@code previous-engine.findings} was written by
 * that engine (the commit before streaming) on the example articles, with every rule on.
 */
class StreamingEngineTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(StreamingEngineTest.class.getResource("/streaming/" + name).toURI());
    }

    private static List<String> lint(int threads) throws URISyntaxException {
        LintConfig config = LintConfig.builder().threads(threads)
                .ruleOption("missing-date", "referenceDate", "2026-01-01").build();
        return new CorpusLinter(config).lintDirectory(resource("corpus")).findings().stream()
                .map(StreamingEngineTest::render).toList();
    }

    @Test
    void findingsEqualThePreviousEnginesOnOneThreadAndOnSeveral()
            throws IOException, URISyntaxException {
        List<String> previous = Files.readAllLines(resource("previous-engine.findings"));
        assertEquals(previous, lint(1));
        assertEquals(previous, lint(3));
    }

    /** As the previous engine's findings were written: position, rule, message, fix. */
    private static String render(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(f.path()).append(':').append(f.start()).append('-').append(f.end()).append(' ')
                .append(f.severity().label()).append(" [").append(f.ruleId()).append("] ")
                .append(f.message());
        if (f.fix() != null) {
            s.append(" | fix: ").append(f.fix().description()).append(" =>");
            for (TextEdit e : f.fix().edits()) {
                s.append(' ').append(e.start()).append('-').append(e.end()).append(" \"")
                        .append(e.replacement().replace("\n", "\\n").replace("\r", "\\r"))
                        .append('"');
            }
            s.append(" (").append(f.fix().confidence().label()).append(')');
        }
        return s.toString();
    }
}
