package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.report.DocumentTexts;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-16 and UTF-32 files: every ASCII letter has a NUL byte, so the binary test must not run on
 * their bytes. With a byte order mark they are read whatever the configured encoding; without
 * one, when declared. They lint as their UTF-8 twin and {@code fix} writes them back as they were.
 */
class WideEncodingTest {

    private static final String UNDATED = "Ferry strike ends\nPublished On 4 Apr 2024\n\n"
            + "Boats sail again from Thursday, the union said.\n";
    private static final String FIXED = " date 2024-04-04\n" + UNDATED;

    @TempDir
    Path folder;

    private static LintConfig config(Charset charset) {
        return TestConfigs.fixedDay().charset(charset).build();
    }

    private static byte[] encoded(String charset, String text) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] withMark(String charset, String text) {
        return encoded(charset, "\uFEFF" + text);
    }

    private List<String> lint(TempCorpus corpus, Charset charset) {
        return RuleFixture.render(new CorpusLinter(config(charset)).lintDirectory(corpus.root())
                .findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aFileWithAByteOrderMarkLintsAsItsUtf8Twin(String charset) {
        TempCorpus twin = new TempCorpus(folder.resolve("utf8")).file("a.txt", UNDATED);
        TempCorpus wide = new TempCorpus(folder.resolve("wide"))
                .bytes("a.txt", withMark(charset, UNDATED));
        List<String> expected = lint(twin, StandardCharsets.UTF_8);
        assertEquals(List.of("a.txt:1:1-1:18 error [missing-date] document has no publication"
                + " date; the text states 2024-04-04 | fix: insert the header line"
                + " 'date 2024-04-04' => 1:1-1:1 \" date 2024-04-04\\n\""), expected);
        // Read whatever the configured encoding: the byte order mark decides.
        assertEquals(expected, lint(wide, StandardCharsets.UTF_8));
        assertEquals(expected, lint(wide, StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-32", "UTF-16LE", "UTF-32LE"})
    void aDeclaredEncodingNeedsNoMark(String charset) {
        TempCorpus twin = new TempCorpus(folder.resolve("utf8")).file("a.txt", UNDATED);
        // UTF-16 and UTF-32 without a mark are big-endian, as their standards say.
        String bytesAs = charset.replace("UTF-16", "UTF-16BE").replace("UTF-32", "UTF-32BE")
                .replace("BELE", "LE");
        TempCorpus wide = new TempCorpus(folder.resolve("wide"))
                .bytes("a.txt", encoded(bytesAs, UNDATED));
        assertEquals(lint(twin, StandardCharsets.UTF_8), lint(wide, Charset.forName(charset)));
    }

    @Test
    void inWideEncodingsANulCharacterNotANulByteMarksABinaryFile() {
        TempCorpus corpus = new TempCorpus(folder)
                .bytes("binary.txt", withMark("UTF-16LE", "PNG\nab\u0000c\n"))
                .bytes("odd.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
        assertEquals(List.of(
                "binary.txt:1:1-1:1 error [invalid-input] binary file (NUL character at line 2,"
                        + " column 3); not linted",
                "odd.txt:1:2-1:2 error [invalid-input] invalid UTF-16LE at byte offset 4"
                        + " (line 1, column 2); not linted"),
                lint(corpus, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void fixWritesTheFileBackInItsEncodingWithItsMark(String charset) throws IOException {
        TempCorpus corpus = new TempCorpus(folder).bytes("a.txt", withMark(charset, UNDATED));
        FixOutcome outcome = new CorpusFixer(config(StandardCharsets.UTF_8), CorpusFixerTest.EVERY_FIX)
                .fix(corpus.root());
        assertEquals(1, outcome.files().size());
        assertArrayEquals(withMark(charset, FIXED), Files.readAllBytes(corpus.path("a.txt")));
        // And the fixed file lints clean of the finding it fixed.
        assertEquals(List.of(), lint(corpus, StandardCharsets.UTF_8).stream()
                .filter(f -> f.contains("missing-date")).toList());
    }

    @Test
    void fixKeepsADeclaredEncodingWithoutAMark() throws IOException {
        TempCorpus corpus = new TempCorpus(folder).bytes("a.txt", encoded("UTF-16BE", UNDATED));
        new CorpusFixer(config(StandardCharsets.UTF_16), CorpusFixerTest.EVERY_FIX).fix(corpus.root());
        // Java's UTF-16 encoder would add a mark; the file had none and gets none.
        assertArrayEquals(encoded("UTF-16BE", FIXED), Files.readAllBytes(corpus.path("a.txt")));
    }

    @Test
    void reportsReadTheTextsTheSameWay() {
        TempCorpus corpus = new TempCorpus(folder).bytes("a.txt", withMark("UTF-32LE", UNDATED));
        assertEquals(java.util.Optional.of(UNDATED),
                DocumentTexts.fromFolder(folder, StandardCharsets.UTF_8).text("a.txt"));
    }
}
