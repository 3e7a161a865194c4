package org.corpuslint.cache;

import java.util.List;
import java.util.Map;
import org.corpuslint.profile.ExactStatistics;

/**
 * Everything one cache file holds.
 *
 * @param key the configuration and version the cache is valid for ({@link CacheKey})
 * @param total the corpus statistics of every cached file
 * @param shards the statistics of each shard of files ({@link Shards}), serialized: only the
 *     shards whose files changed are read back
 * @param queries every distinct evidence query ({@code source + separator + key}), by id
 * @param answers each query's answer hash, by id
 * @param sources every cached file, by path
 */
public record CacheContents(String key, ExactStatistics total, List<byte[]> shards,
        List<String> queries, long[] answers, Map<String, CachedSource> sources) {}
