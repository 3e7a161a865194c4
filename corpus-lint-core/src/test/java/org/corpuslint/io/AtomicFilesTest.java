package org.corpuslint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheContentAndCreatesTheFolder() throws IOException {
        Path target = folder.resolve("out/report.json");
        AtomicFiles.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{}\n", Files.readString(target));
        assertEquals(List.of("report.json"), names(target.getParent()));
    }

    @Test
    void aNewFileIsReadableByAllAndAnExistingOneKeepsItsMode() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = folder.resolve("a.txt");
        AtomicFiles.write(target, out -> out.write('1'));
        assertEquals("rw-r--r--", mode(target));

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(target, out -> out.write('2'));
        assertEquals("rw-------", mode(target));
        assertEquals("2", Files.readString(target));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("baseline.json");
        Files.writeString(target, "old");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target,
                out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("baseline.json"), names(folder));
    }

    @Test
    void anUncommittedPendingFileIsDeletedOnClose() throws IOException {
        Path target = folder.resolve("fixes.patch");
        try (AtomicFiles.Pending pending = AtomicFiles.open(target)) {
            pending.out().write('x');
            // Only the temporary file, named after the target so a cleanup can find it.
            List<String> written = names(folder);
            assertEquals(1, written.size());
            assertTrue(written.get(0).startsWith("fixes.patch")
                    && written.get(0).endsWith(".tmp"), written.toString());
        }
        assertEquals(List.of(), names(folder));
    }
}
