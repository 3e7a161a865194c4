package org.corpuslint.report;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.document.Document;
import org.corpuslint.io.TextEncoding;

/**
 * Where a report writer gets a document's text when it shows it (the HTML report does). A run
 * keeps no texts: a corpus can be far larger than memory, so the writer reads each text when it
 * reaches that document and drops it after. Texts come back as the linter saw them (decoded, a
 * leading byte order mark dropped), so finding offsets point into them.
 */
@FunctionalInterface
public interface DocumentTexts {

    /** The text of the document at the corpus-relative {@code path}, or empty if unavailable. */
    Optional<String> text(String path);

    /** No texts: reports list the findings without the documents' text. */
    static DocumentTexts none() {
        return path -> Optional.empty();
    }

    /**
     * Reads texts from the corpus folder on demand. A file that is gone, unreadable or not valid
     * in {@code charset} gives empty; so does a path outside {@code root}, or a link whose real
     * target lies outside it (a report never shows a file the run did not lint).
     */
    static DocumentTexts fromFolder(Path root, Charset charset) {
        return fromFolder(root, charset, false,
                org.corpuslint.engine.LintConfig.DEFAULT_MAX_FILE_SIZE);
    }

    /**
     * As {@link #fromFolder(Path, Charset)}; with {@code followLinks}, links may lead out, and a
     * file larger than {@code maxFileSize} bytes (one the run reported and did not lint) gives
     * empty without being read.
     */
    static DocumentTexts fromFolder(Path root, Charset charset, boolean followLinks,
            long maxFileSize) {
        Path base = root.toAbsolutePath().normalize();
        CorpusBoundary boundary = followLinks ? null : boundaryOrNull(base);
        return path -> {
            if (org.corpuslint.engine.JsonLinesFormat.isJsonLines(path)
                    || path.contains("#")
                    && org.corpuslint.engine.JsonLinesFormat.isJsonLines(
                            path.substring(0, path.lastIndexOf('#')))) {
                return Optional.empty(); // a record: its file is never read again whole
            }
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base)) {
                return Optional.empty();
            }
            try {
                Path real = file.toRealPath();
                if (!followLinks && (boundary == null || !boundary.containsRealPath(real))) {
                    return Optional.empty();
                }
                if (Files.size(real) > maxFileSize) {
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(real);
                String text = TextEncoding.of(bytes, charset).decode(bytes);
                return Optional.of(new Document(path, text).text());
            } catch (IOException | OutOfMemoryError | RuntimeException e) {
                // Not decodable, gone or too large since the run: the report says so instead.
                return Optional.empty();
            }
        };
    }

    /** Resolved once for all the texts; {@code null}, so that none is shown, when it cannot be. */
    private static CorpusBoundary boundaryOrNull(Path root) {
        try {
            return CorpusBoundary.of(root);
        } catch (IOException e) {
            return null;
        }
    }

    /** Texts of in-memory documents (for {@code lintText} and {@code lintDocuments} runs). */
    static DocumentTexts of(Collection<Document> documents) {
        Map<String, String> byPath = new HashMap<>();
        documents.forEach(d -> byPath.put(d.path(), d.text()));
        return path -> Optional.ofNullable(byPath.get(path));
    }
}
