package org.corpuslint.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.fuzz.HostileConfigs.FuzzConfig;

/**
 * One generated corpus on disk with its configuration: the documents written (by relative path,
 * with the shape that made them), the symbolic links laid into it, and a name and seed that
 * reproduce it.
 */
final class CorpusCase {

    /** A written file and the generator shape behind it. */
    record Written(String shape, int size, HostileDocuments.Input input) {}

    final String name;
    final String replay;
    final FuzzWorld world;
    final FuzzConfig config;
    final Map<String, Written> documents = new LinkedHashMap<>();
    /** Links whose target lies outside the corpus: they must not be linted or written. */
    final List<String> linksOutside = new ArrayList<>();

    CorpusCase(String name, String replay, FuzzWorld world, FuzzConfig config) {
        this.name = name;
        this.replay = replay;
        this.world = world;
        this.config = config;
    }

    void write(String relativePath, String shape, byte[] content, HostileDocuments.Input input)
            throws IOException {
        Path file = world.corpus().resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        documents.put(relativePath, new Written(shape, content.length, input));
    }

    void linkOutside(String relativePath, Path target) throws IOException {
        Path link = world.corpus().resolve(relativePath);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
        linksOutside.add(relativePath);
    }

    String shapeOf(String path) {
        Written written = documents.get(path);
        if (written == null) {
            return linksOutside.stream().anyMatch(l -> path.equals(l) || path.startsWith(l + "/"))
                    ? "file reached through a link out of the corpus" : "file of unknown origin";
        }
        return written.shape() + " (" + written.size() + " bytes)";
    }

    String describe() {
        return name + " [" + replay + "] config " + config.description();
    }
}
