/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Atomic file writing shared by the report, baseline and fix packages. Public only for that
 * use; see docs/library.md.
 */
package org.corpuslint.io;
