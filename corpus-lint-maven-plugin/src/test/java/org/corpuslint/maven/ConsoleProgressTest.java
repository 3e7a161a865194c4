package org.corpuslint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.corpuslint.engine.ProgressListener;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void showsOnlyInInteractiveModeOnATerminal() {
        assertInstanceOf(ConsoleProgress.class, ConsoleProgress.choose(true, true, out));
        assertSame(ProgressListener.NONE, ConsoleProgress.choose(false, true, out));
        assertSame(ProgressListener.NONE, ConsoleProgress.choose(true, false, out));
        assertSame(ProgressListener.NONE, ConsoleProgress.choose(false, false, out));
    }

    @Test
    void inBatchModeOrWithoutATerminalLinesGoToTheLog() {
        java.util.function.Consumer<String> log = line -> { };
        assertInstanceOf(ConsoleProgress.class, ConsoleProgress.choose(true, true, out, log));
        assertInstanceOf(org.corpuslint.engine.BatchProgress.class,
                ConsoleProgress.choose(false, true, out, log));
        assertInstanceOf(org.corpuslint.engine.BatchProgress.class,
                ConsoleProgress.choose(true, false, out, log));
    }

    @Test
    void rewritesOneLineEveryFivePercentAndClearsItAtTheEnd() {
        ConsoleProgress progress = new ConsoleProgress(out);
        for (int done = 1; done <= 400; done++) {
            progress.progress("check", done, 400);
        }
        StringBuilder expected = new StringBuilder();
        expected.append("\rcorpus-lint check: 1 / 400 documents");
        for (int step = 1; step < 20; step++) {
            expected.append("\rcorpus-lint check: ").append(step * 20).append(" / 400 documents");
        }
        expected.append("\rcorpus-lint check: 400 / 400 documents\r\033[K");
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void staysQuietForSmallCorpora() {
        ConsoleProgress progress = new ConsoleProgress(out);
        for (int done = 1; done <= 199; done++) {
            progress.progress("profile", done, 199);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
