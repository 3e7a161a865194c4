package org.corpuslint.cache;

import java.util.Map;

/**
 * What a cache file holds besides its blocks of statistics, which are read one at a time.
 *
 * @param key the configuration and version the cache is valid for
 * @param queries every evidence query files refer to, with its answer
 * @param sources every cached file, by path
 * @param blobs the serialized corpus statistics: in total, and per shard of files
 *     ({@link Shards}), read back only when needed
 */
public record CacheContents(String key, QueryTable queries, Map<String, CachedSource> sources,
        Blobs blobs) {}
