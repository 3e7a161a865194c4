package org.corpuslint.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the packages a Java source file refers to by qualified name: imports, static imports and
 * fully qualified names in code. Reading sources rather than class files also sees compile-time
 * constants, which the compiler inlines and so leaves no trace of in the bytecode. Unqualified
 * names resolve to the file's own package or an import, both of which are covered.
 */
final class JavaSourceScanner {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;",
            Pattern.MULTILINE);

    private final Pattern qualifiedName;

    /**
     * @param prefixes only names under these packages (e.g. {@code org.corpuslint}) are
     *     reported
     */
    JavaSourceScanner(String... prefixes) {
        List<String> quoted = new ArrayList<>();
        for (String p : prefixes) {
            quoted.add(Pattern.quote(p));
        }
        // A package is the run of lower-case segments; it ends at a type name or a '*'.
        this.qualifiedName = Pattern.compile("(?<![\\w.])((?:" + String.join("|", quoted)
                + ")(?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z_$]|\\*)");
    }

    List<SourceReference> scan(String source, String file) {
        String code = JavaSourceText.code(source);
        Matcher declared = PACKAGE.matcher(code);
        String own = declared.find() ? declared.group(1) : "";
        List<SourceReference> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("package ")) {
                continue;
            }
            Matcher m = qualifiedName.matcher(lines[i]);
            while (m.find()) {
                if (!m.group(1).equals(own)) {
                    found.add(new SourceReference(own, m.group(1), file, i + 1));
                }
            }
        }
        return found;
    }

    /** Every reference in the {@code .java} files under {@code sourceRoot}. */
    List<SourceReference> scanTree(Path sourceRoot) {
        List<SourceReference> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(scan(Files.readString(file, StandardCharsets.UTF_8),
                        sourceRoot.relativize(file).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The package declared by each {@code .java} file under {@code sourceRoot}. */
    static List<String> packagesUnder(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<String> packages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PACKAGE.matcher(JavaSourceText.code(
                        Files.readString(file, StandardCharsets.UTF_8)));
                if (m.find() && !packages.contains(m.group(1))) {
                    packages.add(m.group(1));
                }
            }
            packages.sort(null);
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
