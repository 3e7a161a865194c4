package org.corpuslint.fix;

import static org.corpuslint.fix.CorpusFixerTest.EVERY_FIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dry run written as one patch file, and fixes handed out file by file: the patch applies
 * with {@code patch -p1} in the corpus folder and gives what a real fix writes.
 */
class PatchFileTest {

    @TempDir
    Path folder;

    /** Defects of every fix kind, CRLF line ends and a last line without a line break. */
    private TempCorpus corpus(String name) {
        return new TempCorpus(folder.resolve(name))
                .file("undated.txt", "Harbour cranes return\nPublished On 12 Mar 2024\n\n"
                        + "The cranes came back on Monday.\n")
                .file("world/day-first.txt", " date 21/03/2024 Share this page\r\n"
                        + "River levels fall\r\nWater dropped overnight.\r\n")
                .file("world/no-newline.txt", " date 21/05/2024\nMarket day\nStalls.")
                .file("clean.txt", " date 2024-05-03\nMarket day\nStalls.\n");
    }

    private static CorpusFixer fixer(FixOptions options) {
        return new CorpusFixer(TestConfigs.fixedDay().build(), options);
    }

    /** Every file under {@code root} by relative path, its bytes as Latin-1 text. */
    private static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void dryRunPatchAppliedWithPatchP1GivesWhatFixWrites() throws Exception {
        assumeTrue(onPath("patch"), "GNU patch is not installed");
        TempCorpus previewed = corpus("previewed");
        TempCorpus fixed = corpus("fixed");
        Path patch = folder.resolve("out/fixes.patch");

        FixOutcome preview = fixer(EVERY_FIX.withDryRun(true).withPatchFile(patch))
                .fix(previewed.root());
        fixer(EVERY_FIX).fix(fixed.root());

        assertEquals(preview.diff(), Files.readString(patch));
        Process p = new ProcessBuilder("patch", "-p1", "--batch", "--quiet", "-i",
                patch.toString()).directory(previewed.root().toFile())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        assertEquals(contents(fixed.root()), contents(previewed.root()));
        assertEquals(" date 2024-03-21\r\nRiver levels fall\r\nWater dropped overnight.\r\n",
                contents(fixed.root()).get("world/day-first.txt"));
    }

    @Test
    void realRunWritesThePatchOfWhatItChanged() throws IOException {
        TempCorpus corpus = corpus("corpus");
        Path patch = folder.resolve("fixes.patch");
        Files.writeString(patch, "a previous run's patch\n");

        FixOutcome outcome = fixer(EVERY_FIX.withPatchFile(patch)).fix(corpus.root());

        assertEquals(outcome.diff(), Files.readString(patch));
        assertEquals("--- a/world/no-newline.txt\n"
                + "+++ b/world/no-newline.txt\n"
                + "@@ -1,3 +1,3 @@\n"
                + "- date 21/05/2024\n"
                + "+ date 2024-05-21\n"
                + " Market day\n"
                + " Stalls.\n"
                + "\\ No newline at end of file\n",
                outcome.files().get(2).diff());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("corpus", "fixes.patch"), files.map(f -> f.getFileName()
                    .toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void nothingToFixWritesAnEmptyPatch() throws IOException {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("clean.txt", " date 2024-05-03\nMarket day\nStalls.\n");
        Path patch = folder.resolve("fixes.patch");
        Files.writeString(patch, "a previous run's patch\n");

        fixer(EVERY_FIX.withDryRun(true).withPatchFile(patch)).fix(corpus.root());

        assertEquals("", Files.readString(patch));
    }

    @Test
    void aPatchFileInsideTheCorpusIsRefused() {
        TempCorpus corpus = corpus("corpus");
        Map<String, String> before = contents(corpus.root());

        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> fixer(EVERY_FIX.withPatchFile(corpus.path("fixes.patch")))
                        .fix(corpus.root()));

        assertEquals("the patch file " + corpus.path("fixes.patch") + " lies inside the corpus"
                + " directory " + corpus.root() + ", where fix writes nothing but the fixes;"
                + " choose a path outside it", e.getMessage());
        assertEquals(before, contents(corpus.root()));
    }

    @Test
    void filesAreHandedOutInPathOrderWithTheirDiffAndTheOutcomeKeepsNone() {
        TempCorpus corpus = corpus("corpus");
        for (int i = 0; i < 20; i++) {
            corpus.file("more/" + i + ".txt", " date 2" + (i % 8) + "/05/2024\nStory " + i
                    + "\n");
        }
        // Several threads settle a batch of files at once; the order stays the paths'.
        CorpusFixer fixer = new CorpusFixer(TestConfigs.fixedDay().threads(3).build(),
                EVERY_FIX.withDryRun(true));
        String allDiffs = fixer.fix(corpus.root()).diff();
        List<FileFix> handedOut = new ArrayList<>();

        FixOutcome outcome = fixer.fix(corpus.root(), handedOut::add);

        List<String> paths = handedOut.stream().map(FileFix::path).toList();
        assertEquals(23, paths.size());
        assertEquals(paths.stream().sorted().toList(), paths);
        assertEquals(List.of("more/0.txt", "more/1.txt", "more/10.txt"), paths.subList(0, 3));
        assertEquals(allDiffs, String.join("", handedOut.stream().map(FileFix::diff).toList()));
        assertEquals("", outcome.diff());
        assertEquals(handedOut.stream().map(FileFix::withoutDiff).toList(), outcome.files());
        assertFalse(allDiffs.isEmpty());
    }

    @Test
    void eachFileIsWrittenBeforeTheNextIsRead() throws IOException {
        TempCorpus corpus = corpus("corpus");
        CorpusFixer fixer = fixer(EVERY_FIX);
        FixPlan plan = fixer.plan(corpus.root());
        List<String> firstOnDisk = new ArrayList<>();

        FixOutcome outcome = fixer.apply(plan, file -> {
            if (firstOnDisk.isEmpty()) {
                firstOnDisk.add(read(corpus, file.path()));
                // Not read yet: had every file been read first, this would fail at the write.
                corpus.path("world/no-newline.txt").toFile().delete();
            }
        });

        assertEquals(" date 2024-03-12\nHarbour cranes return\nPublished On 12 Mar 2024\n\n"
                + "The cranes came back on Monday.\n", firstOnDisk.get(0));
        assertEquals(List.of("undated.txt FIXED []", "world/day-first.txt FIXED []",
                "world/no-newline.txt SKIPPED_FAILED [cannot read the file: "
                        + corpus.path("world/no-newline.txt") + "]"),
                outcome.files().stream().map(f -> f.path() + " " + f.status() + " "
                        + f.notes()).toList());
    }

    private static String read(TempCorpus corpus, String path) {
        try {
            return Files.readString(corpus.path(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
