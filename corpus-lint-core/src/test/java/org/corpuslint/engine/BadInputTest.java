package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a corpus file can be bad gives a finding naming the file; the run goes on. */
class BadInputTest {

    private static final LintConfig ONE_THREAD = LintConfig.builder().threads(1).build();

    @TempDir
    Path folder;

    private static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : part instanceof Integer i ? new byte[] {(byte) i.intValue()}
                    : (byte[]) part;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private TempCorpus mixedCorpus() {
        byte[] tenMegabyteLine = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabyteLine, (byte) 'a');
        return new TempCorpus(folder)
                .file("good.txt", " date 2024-06-19\nHarbour news\n")
                .file("nodate.txt", "Harbour view\n")
                .bytes("photo.txt", bytes("JFIF", 0, 0, 1, "tail"))
                .bytes("bad.txt", bytes(" date 2024-06-19\nCafé line\nBroken ", 0xFF, " byte\n"))
                .file("empty.txt", "")
                .file("blank.txt", " \n\t\r\n")
                .bytes("long.txt", tenMegabyteLine)
                .bytes("notes.md", bytes("not a document", 0));
    }

    @Test
    void everyBadFileIsReportedByNameAndTheGoodOnesAreStillLinted() {
        TempCorpus corpus = mixedCorpus();
        LintResult result = new CorpusLinter(ONE_THREAD).lintDirectory(corpus.root());
        assertEquals(List.of(
                "bad.txt:3:8-3:8 error [invalid-input] invalid UTF-8 at byte offset 35"
                        + " (line 3, column 8); not linted",
                "blank.txt:1:1-1:1 warning [invalid-input] file has only white space; not linted",
                "empty.txt:1:1-1:1 warning [invalid-input] empty file; not linted",
                "long.txt:1:1-1:1 error [invalid-input] line 1 is 10485760 characters long"
                        + " (limit 100000); not article text, file not linted",
                "nodate.txt:1:1-1:13 error [missing-date] document has no publication date",
                "photo.txt:1:1-1:1 error [invalid-input] binary file (NUL byte at byte offset 4);"
                        + " not linted"),
                RuleFixture.render(result.findings()));
        assertEquals(7, result.documentCount());
    }

    @Test
    void badInputGivesTheSameFindingsOnSeveralThreads() {
        TempCorpus corpus = mixedCorpus();
        assertEquals(corpus.lint(ONE_THREAD), corpus.lint(LintConfig.builder().threads(4).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first", "middle", "start-of-line", "after-bom"})
    void invalidUtf8PointsAtTheBadByte(String where) {
        byte[] content = switch (where) {
            case "first" -> bytes(0xC3, "(rest\n");
            case "middle" -> bytes("ab\nxyz", 0xE2, 0x82, "\n");
            case "start-of-line" -> bytes("ok\r\n", 0xFF, "\n");
            default -> bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF);
        };
        String expected = switch (where) {
            case "first" -> "1:1-1:1 error [invalid-input] invalid UTF-8 at byte offset 0"
                    + " (line 1, column 1); not linted";
            case "middle" -> "2:4-2:4 error [invalid-input] invalid UTF-8 at byte offset 6"
                    + " (line 2, column 4); not linted";
            case "start-of-line" -> "2:1-2:1 error [invalid-input] invalid UTF-8 at byte offset 4"
                    + " (line 2, column 1); not linted";
            default -> "1:3-1:3 error [invalid-input] invalid UTF-8 at byte offset 5"
                    + " (line 1, column 3); not linted";
        };
        TempCorpus corpus = new TempCorpus(folder).bytes("x.txt", content);
        assertEquals(List.of("x.txt:" + expected), corpus.lint(ONE_THREAD));
    }

    @Test
    void fileThatVanishesDuringTheRunIsReported() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("stays.txt", " date 2024-06-19\nStill here\n")
                .file("vanishes.txt", " date 2024-06-19\nGone soon\n");
        // Deleted after the statistics pass has read it, before the rules pass reads it again.
        LintConfig config = LintConfig.builder().threads(1).progress((phase, done, total) -> {
            if (phase.equals("profile") && done == total) {
                delete(corpus.path("vanishes.txt"));
            }
        }).build();
        assertEquals(List.of("vanishes.txt:1:1-1:1 error [invalid-input] cannot read file:"
                + " the file no longer exists"), corpus.lint(config));
    }

    @Test
    void fileThatCannotBeReadIsReported() throws IOException {
        // Tests run as root, so permissions cannot make a file unreadable; the kernel's view of
        // a process's memory can: reading it from offset 0 fails with an I/O error.
        Path memory = Path.of("/proc/self/mem");
        assumeTrue(readFails(memory), "needs Linux /proc/self/mem");
        TempCorpus corpus = new TempCorpus(folder).file("good.txt", " date 2024-06-19\nFine\n");
        Path link = Files.createSymbolicLink(corpus.path("memory.txt"), memory);
        try {
            // The file lies outside the corpus: only followLinks lets the run try to read it.
            assertEquals(List.of("memory.txt:1:1-1:1 error [invalid-input] cannot read file:"
                    + " Input/output error"),
                    corpus.lint(ONE_THREAD.toBuilder().followLinks(true).build()));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void loaderTurnsAReadFailureIntoAFinding() {
        DocumentLoader loader = new DocumentLoader(StandardCharsets.UTF_8, 100);
        LoadedDocument loaded =
                loader.load(new SourceFile(folder.resolve("absent.txt"), "absent.txt"));
        assertEquals(false, loaded.lintable());
        assertEquals(List.of("absent.txt:1:1-1:1 error [invalid-input] cannot read file:"
                + " the file no longer exists"), RuleFixture.render(loaded.problems()));
    }

    @Test
    void symbolicLinkProblemsAreReportedAndLinksOutOfTheCorpusFollowedOnlyOnRequest(
            @TempDir Path elsewhere) throws IOException {
        TempCorpus corpus = new TempCorpus(folder).file("sub/a.txt", " date 2024-06-19\nA\n");
        assumeTrue(canLink(corpus.path("probe")), "needs symbolic links");
        Files.writeString(elsewhere.resolve("outside.txt"), "Outside\n");
        Files.createSymbolicLink(corpus.path("sub/back"), folder);
        Files.createSymbolicLink(corpus.path("self.txt"), corpus.path("self.txt"));
        Files.createSymbolicLink(corpus.path("gone.txt"), corpus.path("nowhere.txt"));
        Files.createSymbolicLink(corpus.path("gone.bin"), corpus.path("nowhere.bin"));
        Files.createSymbolicLink(corpus.path("linked"), elsewhere);
        assertEquals(List.of(
                "gone.txt:1:1-1:1 error [invalid-input] broken symbolic link"
                        + " (its target does not exist)",
                "linked:1:1-1:1 error [invalid-input] symbolic link to a folder outside the"
                        + " corpus; not followed (set followLinks to lint it)",
                "self.txt:1:1-1:1 error [invalid-input] symbolic link loop; file not followed",
                "sub/back:1:1-1:1 error [invalid-input] symbolic link loop; folder not followed"),
                corpus.lint(ONE_THREAD));
        assertEquals(List.of(
                "gone.txt:1:1-1:1 error [invalid-input] broken symbolic link"
                        + " (its target does not exist)",
                "linked/outside.txt:1:1-1:8 error [missing-date] document has no publication"
                        + " date",
                "self.txt:1:1-1:1 error [invalid-input] symbolic link loop; file not followed",
                "sub/back:1:1-1:1 error [invalid-input] symbolic link loop; folder not followed"),
                corpus.lint(ONE_THREAD.toBuilder().followLinks(true).build()));
    }

    @Test
    void missingCorpusFolderStopsTheRunWithAClearMessage() {
        Path missing = folder.resolve("no-such-corpus");
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> new CorpusLinter(ONE_THREAD).lintDirectory(missing));
        assertEquals("corpus directory " + missing + " does not exist", e.getMessage());
    }

    @Test
    void corpusThatIsAFileStopsTheRunWithAClearMessage() {
        Path file = new TempCorpus(folder).file("a.txt", "x").path("a.txt");
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> new CorpusLinter(ONE_THREAD).lintDirectory(file));
        assertEquals("corpus directory " + file + " is not a directory", e.getMessage());
    }

    private static boolean readFails(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean canLink(Path probe) {
        try {
            Files.createSymbolicLink(probe, probe.resolveSibling("target"));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
