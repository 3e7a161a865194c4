package org.corpuslint.fix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corpuslint.engine.CorpusLintException;

/**
 * The diffs of a {@code fix} run written to one file, a patch that {@code patch -p1} applies in
 * the corpus folder. Diffs are appended as each file is settled, so no diff is kept in memory;
 * they go to a temporary file beside the patch that replaces it only when the run is done, so a
 * failed run leaves no half patch and no previous run's patch passes for this one's.
 */
final class PatchFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private boolean committed;

    private PatchFile(Path target, Path temporary, BufferedWriter out) {
        this.target = target;
        this.temporary = temporary;
        this.out = out;
    }

    /**
     * Opens the patch {@code file}, refusing one inside the corpus: only the fixes themselves
     * are written there.
     */
    static PatchFile open(Path file, Path corpusRoot) {
        Path target = file.toAbsolutePath().normalize();
        if (target.startsWith(corpusRoot.toAbsolutePath().normalize())
                || realParent(target).startsWith(realPath(corpusRoot))) {
            throw new CorpusLintException("the patch file " + target + " lies inside the corpus"
                    + " directory " + corpusRoot + ", where fix writes nothing but the fixes;"
                    + " choose a path outside it");
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(),
                    "." + target.getFileName() + ".", ".corpus-lint-tmp");
            return new PatchFile(target, temporary,
                    Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusLintException("cannot write the patch file " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** Appends one file's diff. */
    void append(String diff) {
        try {
            out.write(diff);
        } catch (IOException e) {
            throw new CorpusLintException("cannot write the patch file " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** Puts the finished patch in place. */
    void commit() {
        try {
            out.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new CorpusLintException("cannot write the patch file " + target + ": "
                    + e.getMessage(), e);
        }
    }

    Path path() {
        return target;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more to do: the run is failing already.
        }
    }

    /** The real path of the nearest existing folder above {@code file}, with the rest appended. */
    private static Path realParent(Path file) {
        Path existing = file.getParent();
        Path rest = file.getFileName();
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        return existing == null ? file : realPath(existing).resolve(rest);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
