package org.corpuslint.engine;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.corpus.FixTempFile;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;

/**
 * Finds the documents of a corpus: the files under the root that match an include pattern and
 * no exclude pattern. Follows symbolic links that stay inside the corpus; a link whose real
 * target lies outside the corpus root is an {@code invalid-input} finding and is not followed,
 * unless {@code followLinks} is on. A file reached under several paths (through links) is linted
 * once, under the first path in sorted order; the others get an {@code info} finding that says
 * so. A link loop or an unreadable folder becomes an {@code invalid-input} finding and the walk
 * goes on. The temporary files of an interrupted {@code fix} are never documents.
 */
final class CorpusScanner {

    private static final int MAX_LINK_HOPS = 40;

    static final String FILE_OUTSIDE = "symbolic link to a file outside the corpus; not linted"
            + " or fixed (set followLinks to lint it)";
    static final String FOLDER_OUTSIDE = "symbolic link to a folder outside the corpus; not"
            + " followed (set followLinks to lint it)";

    private final GlobSet includes;
    private final GlobSet excludes;
    private final boolean followLinks;

    CorpusScanner(List<String> includes, List<String> excludes, boolean followLinks) {
        this.includes = new GlobSet(includes);
        this.excludes = new GlobSet(excludes);
        this.followLinks = followLinks;
    }

    record Scan(List<SourceFile> files, List<Finding> problems) {}

    /**
     * The files of {@code corpusRoot} that {@code config} selects, for a run.
     *
     * @throws CorpusLintException when the folder cannot be read
     */
    static Scan scanCorpus(Path corpusRoot, LintConfig config) {
        try {
            return new CorpusScanner(config.includes(), config.excludes(), config.followLinks())
                    .scan(corpusRoot);
        } catch (IOException e) {
            throw CorpusLintException.unreadableCorpus(corpusRoot, e);
        }
    }

    Scan scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new CorpusLintException(Files.exists(root)
                    ? "corpus directory " + root + " is not a directory"
                    : "corpus directory " + root + " does not exist");
        }
        Path walkRoot = root.toAbsolutePath().normalize();
        CorpusBoundary boundary = CorpusBoundary.of(walkRoot);
        // Packed as found: a million files held as objects until the walk ends would set the
        // run's peak heap in its first seconds.
        PackedSourceFiles.Builder found = new PackedSourceFiles.Builder(boundary.realRoot());
        List<Finding> problems = new ArrayList<>();
        // The folders on the walk's current path that are symbolic links: below one, and for a
        // file that is a link itself, the real path must be asked for; elsewhere it is the
        // root's real path with the relative path, which saves resolving every file of a large
        // corpus component by component.
        Deque<Path> linkedFolders = new ArrayDeque<>();
        Files.walkFileTree(walkRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String relative = relative(walkRoot, file);
                        if (FixTempFile.isTempFileName(fileName(relative))
                                || !selected(relative)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            Path real = null;
                            if (!linkedFolders.isEmpty() || Files.isSymbolicLink(file)) {
                                try {
                                    real = file.toRealPath();
                                } catch (IOException e) {
                                    problems.add(problem(relative, "cannot read: " + reason(e)));
                                    return FileVisitResult.CONTINUE;
                                }
                                if (!followLinks && !boundary.containsRealPath(real)) {
                                    problems.add(problem(relative, FILE_OUTSIDE));
                                    return FileVisitResult.CONTINUE;
                                }
                            }
                            found.add(relative, real, attrs.size(),
                                    attrs.lastModifiedTime().toMillis());
                        } else if (attrs.isSymbolicLink()) {
                            // The walk hands over a link's own attributes only when the link
                            // cannot be followed: its target is missing or it points to itself.
                            problems.add(problem(relative, unfollowableLink(file)));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String relative = relative(walkRoot, dir);
                        if (relative.isEmpty()) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (excludes.matchesDirectory(relative)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        boolean link = Files.isSymbolicLink(dir);
                        if (!followLinks && link) {
                            try {
                                if (!boundary.containsRealPath(dir.toRealPath())) {
                                    problems.add(problem(relative, FOLDER_OUTSIDE));
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            } catch (IOException e) {
                                problems.add(problem(relative, "cannot read folder: "
                                        + reason(e)));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                        }
                        if (link) {
                            linkedFolders.push(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (!linkedFolders.isEmpty() && linkedFolders.peek().equals(dir)) {
                            linkedFolders.pop();
                        }
                        return super.postVisitDirectory(dir, e);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String relative = relative(walkRoot, file);
                        boolean excludedFolder = excludes.matches(relative)
                                || excludes.matchesDirectory(relative);
                        if (e instanceof FileSystemLoopException) {
                            if (!excludedFolder) {
                                problems.add(problem(relative,
                                        "symbolic link loop; folder not followed"));
                            }
                        } else if (Files.isDirectory(file)) {
                            if (!excludedFolder) {
                                problems.add(problem(relative,
                                        "cannot read folder: " + reason(e)));
                            }
                        } else if (selected(relative)) {
                            problems.add(problem(relative, "cannot read: " + reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        PackedSourceFiles files = keepOnePathPerFile(found.build().sortedByPath(),
                boundary.realRoot(), problems);
        problems.sort(Finding.REPORT_ORDER);
        return new Scan(files, problems);
    }

    /** A selected file as the walk found it; {@code realPath} only when reached through a link. */
    private record Found(String relativePath, Path realPath, long size, long modified) {}

    /**
     * The files, sorted by relative path, with one path per real file ({@link SameFileFilter}):
     * only a file reached through a link can share its real file with another path, so without
     * links every path is kept as it is.
     */
    private static PackedSourceFiles keepOnePathPerFile(PackedSourceFiles sorted, Path realRoot,
            List<Finding> problems) {
        if (!sorted.anyGivenRealPath()) {
            return sorted;
        }
        List<Found> found = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            SourceFile file = sorted.get(i);
            found.add(new Found(file.relativePath(), sorted.givenRealPath(i), file.size(),
                    file.modified()));
        }
        List<Found> kept = SameFileFilter.firstPathOfEachFile(found, Found::relativePath,
                f -> f.realPath() == null ? f.relativePath()
                        : f.realPath().startsWith(realRoot)
                                ? relative(realRoot, f.realPath())
                                : "\0" + f.realPath(),
                problems);
        PackedSourceFiles.Builder files = new PackedSourceFiles.Builder(realRoot);
        for (Found f : kept) {
            files.add(f.relativePath(), f.realPath(), f.size(), f.modified());
        }
        return files.build();
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    private boolean selected(String relativePath) {
        return includes.matches(relativePath) && !excludes.matches(relativePath);
    }

    /** Why a link cannot be followed, found by following it one step at a time. */
    private static String unfollowableLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current) || seen.size() > MAX_LINK_HOPS) {
                    return "symbolic link loop; file not followed";
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException e) {
            return "symbolic link cannot be followed: " + reason(e);
        }
        return Files.exists(current, LinkOption.NOFOLLOW_LINKS)
                ? "symbolic link cannot be followed"
                : "broken symbolic link (its target does not exist)";
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Finding problem(String path, String message) {
        return problem(path, Severity.ERROR, message);
    }

    static Finding problem(String path, Severity severity, String message) {
        Position start = new Position(1, 1, 0);
        return new Finding(InputProblems.INVALID_INPUT.id(), severity, path, start, start,
                message, null);
    }

    static String relative(Path root, Path file) {
        String separator = file.getFileSystem().getSeparator();
        String rootText = root.toString();
        String fileText = file.toString();
        // The walk makes each path by resolving a name against its folder's, so the relative
        // path is the text after the root's: no need to compare them name by name.
        if (fileText.length() > rootText.length() + separator.length()
                && fileText.startsWith(rootText) && !rootText.endsWith(separator)
                && fileText.startsWith(separator, rootText.length())) {
            String relative = fileText.substring(rootText.length() + separator.length());
            return separator.equals("/") ? relative : relative.replace(separator, "/");
        }
        return root.relativize(file).toString().replace(separator, "/");
    }
}
