package org.corpuslint.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;

/**
 * Finds the documents of a corpus: the files under the root that match an include pattern and
 * no exclude pattern. Follows symbolic links; a link loop or an unreadable folder becomes an
 * {@code invalid-input} finding and the walk goes on.
 */
final class CorpusScanner {

    private final GlobSet includes;
    private final GlobSet excludes;

    CorpusScanner(List<String> includes, List<String> excludes) {
        this.includes = new GlobSet(includes);
        this.excludes = new GlobSet(excludes);
    }

    record Scan(List<SourceFile> files, List<Finding> problems) {}

    Scan scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new CorpusLintException(Files.exists(root)
                    ? "corpus directory " + root + " is not a directory"
                    : "corpus directory " + root + " does not exist");
        }
        Path realRoot = root.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        Files.walkFileTree(realRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String relative = relative(realRoot, file);
                        if (attrs.isRegularFile() && includes.matches(relative)
                                && !excludes.matches(relative)) {
                            files.add(new SourceFile(file, relative));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String relative = relative(realRoot, dir);
                        return !relative.isEmpty() && excludes.matchesDirectory(relative)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String relative = relative(realRoot, file);
                        if (e instanceof NoSuchFileException) {
                            // A dangling symbolic link: report it only if it would be a document.
                            if (includes.matches(relative) && !excludes.matches(relative)) {
                                problems.add(problem(relative,
                                        "broken symbolic link (its target does not exist)"));
                            }
                        } else if (e instanceof FileSystemLoopException) {
                            problems.add(problem(relative,
                                    "symbolic link loop; folder not followed"));
                        } else {
                            problems.add(problem(relative, "cannot read: " + e));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(SourceFile::relativePath));
        problems.sort(Finding.REPORT_ORDER);
        return new Scan(files, problems);
    }

    private static Finding problem(String path, String message) {
        Position start = new Position(1, 1, 0);
        return new Finding(InputProblems.INVALID_INPUT.id(), Severity.ERROR, path, start, start,
                message, null);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
