package org.corpuslint.eval.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corpuslint.document.Document;

/**
 * The clean corpus that evaluations plant defects into: by default
 * {@code ../shared/corpora/news-dev} seen from the working directory or one of its parents,
 * or the folder named by the system property {@code corpuslint.eval.corpus}.
 */
public final class CleanCorpus {

    public static final String PROPERTY = "corpuslint.eval.corpus";
    private static final Path DEFAULT = Path.of("shared", "corpora", "news-dev");

    private CleanCorpus() {}

    /** The corpus folder, if one is configured or found. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling(DEFAULT);
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus folder, or an exit with a message saying how to name one. */
    public static Path locateOrExit() {
        return locate().orElseGet(() -> {
            System.err.println("no clean corpus found: set -D" + PROPERTY + "=<folder>");
            System.exit(2);
            return null;
        });
    }

    /** Every {@code .txt} file under {@code root}, sorted by path, as documents. */
    public static List<Document> load(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<Document> documents = new ArrayList<>(paths.size());
            for (Path path : paths) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                documents.add(new Document(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the clean corpus " + root, e);
        }
    }

    /**
     * One half of {@code documents} for tuning discipline: parity 0 gives the even-numbered
     * documents (the half tuned on), 1 the odd-numbered ones (the untouched half).
     */
    public static List<Document> half(List<Document> documents, int parity) {
        List<Document> out = new ArrayList<>();
        for (int i = parity; i < documents.size(); i += 2) {
            out.add(documents.get(i));
        }
        return out;
    }
}
