package org.corpuslint.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The public top-level types declared by the sources of one package folder. */
final class PublicTypes {

    // Top-level declarations start in column 0; nested ones are indented.
    private static final Pattern PUBLIC_TYPE = Pattern.compile("^public\\s+(?:(?:final|abstract"
            + "|sealed|non-sealed|static|strictfp)\\s+)*(?:class|interface|record|enum|@interface)"
            + "\\s+(\\w+)", Pattern.MULTILINE);

    private PublicTypes() {}

    static Set<String> in(String source) {
        Set<String> names = new TreeSet<>();
        Matcher m = PUBLIC_TYPE.matcher(JavaSourceText.code(source));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Public types of the {@code .java} files directly in {@code folder} (not sub-folders). */
    static Set<String> inFolder(Path folder) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                names.addAll(in(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
