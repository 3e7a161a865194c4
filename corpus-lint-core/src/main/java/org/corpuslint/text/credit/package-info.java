/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Photo-credit parsing shared by the boilerplate and caption rule families. Public only for
 * that use; see docs/library.md.
 */
package org.corpuslint.text.credit;
