package org.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --html-max-texts N} and {@code check --rule-times}, in process. */
class CheckReportOptionsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Two undated documents: two documents with findings. */
    private Path corpus() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve("a.txt"), "Ferry late\n\nThe ferry was late again.\n");
        Files.writeString(folder.resolve("b.txt"), "Barge news\n\nThe barge left the quay.\n");
        return folder;
    }

    @Test
    void htmlMaxTextsCapsTheDocumentsShownWithTheirText() throws IOException {
        Path corpus = corpus();
        run("check", "--format", "html", "--html-max-texts", "1", corpus.toString());
        String page = out.toString();
        assertTrue(page.contains("\"capped\":{\"embedded\":1,\"listed\":1"), page);
        assertTrue(page.contains("Only the 1 documents with the most findings"), page);
        out.getBuffer().setLength(0);
        run("check", "--format", "html", corpus.toString());
        assertFalse(out.toString().contains("\"capped\":{"), "default: both shown");
    }

    @Test
    void aNegativeHtmlMaxTextsIsAConfigurationError() throws IOException {
        assertEquals(ExitCodes.USAGE, run("check", "--html-max-texts", "-1",
                corpus().toString()));
        assertTrue(err.toString().contains("--html-max-texts: '-1' is negative"), err.toString());
    }

    @Test
    void ruleTimesPrintsEachRulesShareAndAddsItToTheJsonReport() throws IOException {
        Path corpus = corpus();
        run("check", "--rule-times", corpus.toString());
        assertTrue(out.toString().matches("(?s).*corpus-lint rule CPU time \\([0-9.]+ s\\): "
                + "[a-z-]+ [0-9.]+%.*"), out.toString());
        out.getBuffer().setLength(0);
        run("check", "--format", "json", "--rule-times", corpus.toString());
        assertTrue(out.toString().contains("\"ruleCpu\" : {"), out.toString());
        out.getBuffer().setLength(0);
        run("check", "--format", "json", corpus.toString());
        assertFalse(out.toString().contains("ruleCpu"), "only when asked");
    }
}
