package org.corpuslint.fix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.io.AtomicFiles;

/**
 * The diffs of a {@code fix} run written to one file, a patch that {@code patch -p1} applies in
 * the corpus folder. Diffs are appended as each file is settled, so no diff is kept in memory;
 * they go to a temporary file beside the patch that replaces it only when the run is done
 * ({@link AtomicFiles}), so a failed run leaves no half patch and no previous run's patch passes
 * for this one's.
 */
final class PatchFile implements AutoCloseable {

    private final AtomicFiles.Pending pending;
    private final BufferedWriter out;

    private PatchFile(AtomicFiles.Pending pending) {
        this.pending = pending;
        this.out = new BufferedWriter(new OutputStreamWriter(pending.out(), StandardCharsets.UTF_8));
    }

    /**
     * Opens the patch {@code file}, refusing one inside the corpus: only the fixes themselves
     * are written there.
     */
    static PatchFile open(Path file, Path corpusRoot) {
        Path target = file.toAbsolutePath().normalize();
        if (CorpusBoundary.wouldWriteInside(corpusRoot, target)) {
            throw new CorpusLintException("the patch file " + target + " lies inside the corpus"
                    + " directory " + corpusRoot + ", where fix writes nothing but the fixes;"
                    + " choose a path outside it");
        }
        try {
            return new PatchFile(AtomicFiles.open(target));
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Appends one file's diff. */
    void append(String diff) {
        try {
            out.write(diff);
        } catch (IOException e) {
            throw failure(pending.target(), e);
        }
    }

    /** Puts the finished patch in place. */
    void commit() {
        try {
            out.flush();
            pending.commit();
        } catch (IOException e) {
            throw failure(pending.target(), e);
        }
    }

    Path path() {
        return pending.target();
    }

    /** Deletes the unfinished patch, unless it was committed. */
    @Override
    public void close() {
        try {
            pending.close();
        } catch (IOException e) {
            // Nothing more to do: the run is failing already.
        }
    }

    private static CorpusLintException failure(Path target, IOException e) {
        return new CorpusLintException("cannot write the patch file " + target + ": "
                + e.getMessage(), e);
    }
}
