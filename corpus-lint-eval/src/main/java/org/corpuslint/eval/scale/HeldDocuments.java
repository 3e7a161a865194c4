package org.corpuslint.eval.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corpuslint.document.Document;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintSession;

/**
 * The documents a cost harness holds in memory: the first {@code limit} {@code .txt} files of a
 * corpus folder in path order, read as a run reads them (files a run would not lint are left
 * out), so that the harness times its part of the work and not the reading.
 */
final class HeldDocuments {

    private HeldDocuments() {}

    static List<Document> read(Path root, int limit) throws IOException {
        LintConfig config = LintConfig.builder().build();
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .limit(limit).toList()) {
                LintSession.readDocument(config, root.relativize(file).toString(),
                        Files.readAllBytes(file)).ifPresent(documents::add);
            }
        }
        return documents;
    }
}
