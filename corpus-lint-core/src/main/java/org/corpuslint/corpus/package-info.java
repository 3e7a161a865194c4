/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Where the corpus ends (symlinks, the temporary files of an interrupted fix). Public only
 * so the engine, fix and report packages can share it; see docs/library.md.
 */
package org.corpuslint.corpus;
