package org.corpuslint.cache;

/**
 * Which shard a file's statistics are kept in. When a file changes, the statistics of its
 * shard are counted again from the shard's files (the old contribution of the changed file is
 * not kept on its own), so a shard is small enough to read quickly and the shards together
 * hold each distinct word a few times only.
 */
public final class Shards {

    /** Shards per cache: a few hundred files each in a 100,000-file corpus. */
    public static final int COUNT = 256;

    private Shards() {}

    /** The shard of the file at {@code path}: the same on every machine and run. */
    public static int of(String path) {
        return Math.floorMod(path.hashCode(), COUNT);
    }
}
