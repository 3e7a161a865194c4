package org.corpuslint.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;

/**
 * A corpus folder on disk for tests (usually under a JUnit {@code @TempDir}): write files,
 * lint the folder, and snapshot the tree to prove that nothing was written into it.
 *
 * <p>Part of the published test kit (core's {@code tests} jar, package
 * {@code org.corpuslint.testkit}); see {@code docs/development.md}.
 */
public class TempCorpus {

    private final Path root;

    public TempCorpus(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Writes {@code text} as UTF-8, creating parent folders. */
    public TempCorpus file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TempCorpus bytes(String relative, byte[] content) {
        try {
            Path file = path(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Findings of a run over the folder, rendered as {@link RuleFixture#render} does. */
    public List<String> lint(LintConfig config) {
        return RuleFixture.render(new CorpusLinter(config).lintDirectory(root).findings());
    }

    /**
     * Every entry under {@code folder} (links not followed) with its kind, size, modification
     * time and content hash: two equal snapshots mean nothing was added, removed or changed.
     */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String key = folder.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    entries.put(key, "link -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(key, "folder " + Files.getLastModifiedTime(p));
                } else {
                    entries.put(key, "file " + Files.size(p) + " "
                            + Files.getLastModifiedTime(p) + " " + sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
