package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan's packed file list gives each file as the walk found it, real path included. */
class PackedSourceFilesTest {

    @TempDir
    Path corpus;

    @Test
    void givesBackEveryFieldAndOnlyTheRealPathsItWasGiven() {
        Path root = Path.of("/corpus/real");
        PackedSourceFiles.Builder builder = new PackedSourceFiles.Builder(root);
        builder.add("a/one.txt", null, 10, 100);
        builder.add("caf\u00e9/two.txt", null, 20, 200);
        builder.add("link/three.txt", Path.of("/elsewhere/three.txt"), 30, 300);
        builder.add("z.txt", null, 40, 400);
        PackedSourceFiles files = builder.build();

        assertEquals(List.of(
                new SourceFile(root.resolve("a/one.txt"), "a/one.txt", 10, 100),
                new SourceFile(root.resolve("caf\u00e9/two.txt"), "caf\u00e9/two.txt", 20, 200),
                new SourceFile(Path.of("/elsewhere/three.txt"), "link/three.txt", 30, 300),
                new SourceFile(root.resolve("z.txt"), "z.txt", 40, 400)), List.copyOf(files));
    }

    @Test
    void sortsByPathInStringOrderWithEveryFieldFollowingItsPath() {
        Path root = Path.of("/corpus/real");
        PackedSourceFiles.Builder builder = new PackedSourceFiles.Builder(root);
        builder.add("b/2.txt", null, 1, 10);
        builder.add("caf\u00e9.txt", null, 2, 20);
        builder.add("a/10.txt", Path.of("/elsewhere/10.txt"), 3, 30);
        builder.add("caf.txt", null, 4, 40);
        builder.add("B.txt", null, 5, 50);
        builder.add("a/1.txt", null, 6, 60);
        builder.add("cafe\u0301.txt", null, 7, 70);

        PackedSourceFiles sorted = builder.build().sortedByPath();

        assertEquals(List.of("B.txt", "a/1.txt", "a/10.txt", "b/2.txt", "caf.txt",
                "cafe\u0301.txt", "caf\u00e9.txt"),
                sorted.stream().map(SourceFile::relativePath).toList());
        assertEquals(List.of(5L, 6L, 3L, 1L, 4L, 7L, 2L),
                sorted.stream().map(SourceFile::size).toList());
        assertEquals(List.of(50L, 60L, 30L, 10L, 40L, 70L, 20L),
                sorted.stream().map(SourceFile::modified).toList());
        assertEquals(Path.of("/elsewhere/10.txt"), sorted.get(2).absolutePath());
        assertEquals(root.resolve("caf.txt"), sorted.get(4).absolutePath());
    }

    @Test
    void aScanResolvesFilesBelowLinksAndKeepsOnePathPerFile() throws IOException {
        Path real = Files.createDirectories(corpus.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "An article.\n");
        Files.writeString(corpus.resolve("plain.txt"), "Another article.\n");
        Files.createSymbolicLink(corpus.resolve("linked"), real);
        Files.createSymbolicLink(corpus.resolve("b.txt"), real.resolve("a.txt"));

        CorpusScanner.Scan scan = new CorpusScanner(LintConfig.DEFAULT_INCLUDES, List.of(),
                false).scan(corpus);

        // b.txt sorts first, so it is kept and the two other paths of real/a.txt are not.
        Path realA = real.resolve("a.txt").toRealPath();
        assertEquals(List.of("b.txt", "plain.txt"),
                scan.files().stream().map(SourceFile::relativePath).toList());
        assertEquals(List.of(realA, corpus.resolve("plain.txt").toRealPath()),
                scan.files().stream().map(SourceFile::absolutePath).toList());
        assertEquals(List.of("linked/a.txt: same file as b.txt", "real/a.txt: same file as b.txt"),
                scan.problems().stream().map(PackedSourceFilesTest::summary).toList());
    }

    private static String summary(Finding finding) {
        return finding.path() + ": " + finding.message().substring(0,
                finding.message().indexOf(" (through"));
    }
}
