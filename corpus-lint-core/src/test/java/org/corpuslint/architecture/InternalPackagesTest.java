package org.corpuslint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Internal packages stay declared: each says so in its package-info, and every public type in
 * one is listed in {@code architecture/internal-public-types.txt}, so that making a class public
 * there is a decision seen in review rather than an accident.
 */
class InternalPackagesTest {

    static final String MARK = "Internal: not part of the library API; may change without notice";

    @Test
    void everyPublicTypeOfAnInternalPackageIsListed() throws IOException {
        Map<String, Set<String>> listed = listed();
        assertTrue(listed.containsKey("org.corpuslint.io"), listed.toString());
        Map<String, Set<String>> actual = new TreeMap<>();
        for (String pkg : listed.keySet()) {
            actual.put(pkg, PublicTypes.inFolder(folderOf(pkg)));
        }
        assertEquals(listed, actual, "update architecture/internal-public-types.txt on purpose");
    }

    @Test
    void everyInternalPackageAndRuleFamilySaysItIsInternal() throws IOException {
        List<String> internal = new ArrayList<>(listed().keySet());
        for (String pkg : JavaSourceScanner.packagesUnder(CoreArchitectureTest.MAIN_SOURCES)) {
            if (RuleFamilies.familyOf(pkg) != null) {
                internal.add(pkg);
            }
        }
        assertTrue(internal.contains("org.corpuslint.rules.typo"), internal.toString());
        List<String> unmarked = new ArrayList<>();
        for (String pkg : internal) {
            Path info = folderOf(pkg).resolve("package-info.java");
            if (!Files.exists(info) || !Files.readString(info).contains(MARK)) {
                unmarked.add(pkg);
            }
        }
        assertEquals(List.of(), unmarked);
    }

    @Test
    void onlyTopLevelPublicTypesCount() {
        assertEquals(Set.of("Shown", "Rec"), PublicTypes.in("""
                package p;
                /** public class InComment {} */
                public final class Shown {
                    public static final class Nested {}
                }
                class Hidden {}
                public record Rec(int a) {}
                """));
    }

    private static Path folderOf(String pkg) {
        return CoreArchitectureTest.MAIN_SOURCES.resolve(pkg.replace('.', '/'));
    }

    private static Map<String, Set<String>> listed() throws IOException {
        Map<String, Set<String>> listed = new TreeMap<>();
        try (InputStream in = InternalPackagesTest.class
                .getResourceAsStream("/architecture/internal-public-types.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                listed.put(parts[0].trim(),
                        new TreeSet<>(Arrays.asList(parts[1].trim().split("\\s+"))));
            }
        }
        return listed;
    }
}
