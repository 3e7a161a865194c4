package org.corpuslint.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.MojoExtension;

/**
 * A copy of the defects project's corpus in a temporary folder, for goals that write (fix) or
 * tests that add files: the shared test project must stay as it is for the other tests.
 */
final class DefectsCopy {

    private DefectsCopy() {}

    /** Copies {@code corpus} of the defects project to {@code target} and points the mojo at it. */
    static Path into(Path target, Object mojo) {
        Path source = DefectsProject.basedir().resolve("corpus");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            set(mojo, "corpusDirectory", target.toFile());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void set(Object mojo, String field, Object value) {
        try {
            MojoExtension.setVariableValueToObject(mojo, field, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The log lines that start with {@code prefix}. */
    static List<String> linesStartingWith(RecordingLog log, String prefix) {
        return log.lines().stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
