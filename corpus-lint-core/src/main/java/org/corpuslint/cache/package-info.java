/**
 * The cache of an incremental run ({@code --cache FILE}): per file its size, modification time,
 * content hash, findings and per-document counts; the corpus statistics kept exactly, in total
 * and per shard of files; and the corpus evidence each file's check read, as distinct queries
 * with their answers. Read and written by {@code engine.IncrementalCheck}; a file that cannot be
 * read as a cache of the same configuration and version is no cache at all.
 */
package org.corpuslint.cache;
