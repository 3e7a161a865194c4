/**
 * The cache of an incremental run ({@code --cache FILE}): per file its size, modification time,
 * content hash, findings and per-document counts, and the ids of the corpus evidence its check
 * read ({@link org.corpuslint.cache.QueryTable}: distinct queries with their answers); then the
 * corpus statistics kept exactly, in total and per shard of files, as blocks read only when a
 * run needs them ({@link org.corpuslint.cache.Blobs}). Read and written by
 * {@code engine.IncrementalCheck}; a file that cannot be read as a cache of the same
 * configuration and version is no cache at all.
 */
package org.corpuslint.cache;
