package org.corpuslint.cache;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Finding;

/**
 * What the cache keeps of one corpus file.
 *
 * @param path the file's path relative to the corpus root
 * @param size its size in bytes when it was read
 * @param modified its modification time then, in milliseconds
 * @param contentHash the SHA-256 of its bytes, hexadecimal
 * @param rows its documents (a JSON Lines file holds many)
 * @param queries the ids of the evidence queries its check read, sorted ({@link QueryTable})
 */
public record CachedSource(String path, long size, long modified, String contentHash,
        List<DocumentRow> rows, int[] queries) {

    public CachedSource {
        rows = List.copyOf(rows);
    }

    /** Every finding of the file, in the order its documents were read. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.findings()));
        return all;
    }

    /** The same file with its queries numbered otherwise. */
    public CachedSource withQueries(int[] renumbered) {
        return new CachedSource(path, size, modified, contentHash, rows, renumbered);
    }

    /** The same file found unchanged with another modification time. */
    public CachedSource touched(long newModified) {
        return new CachedSource(path, size, newModified, contentHash, rows, queries);
    }
}
