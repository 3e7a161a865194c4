package org.corpuslint.cache;

import java.io.IOException;

/**
 * Numbered blocks of bytes kept on disk rather than in memory (the serialized corpus
 * statistics, in total and per shard of files), read back one at a time.
 */
public interface Blobs {

    /**
     * Blocks: the total statistics (0), the shards (1 to {@link Shards#COUNT}) and the
     * duplicate clusters found ({@link #CLUSTERS}).
     */
    int COUNT = 2 + Shards.COUNT;

    /** The block of the duplicate clusters the run found, by threshold. */
    int CLUSTERS = 1 + Shards.COUNT;

    /** The block {@code index}, checked against the checksum it was written with. */
    byte[] read(int index) throws IOException;

    /** The length of block {@code index}, without reading it. */
    int length(int index);

    /** The checksum block {@code index} was written with. */
    int checksum(int index);

    /** The block of {@code shard}. */
    static int ofShard(int shard) {
        return 1 + shard;
    }
}
