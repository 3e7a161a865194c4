/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Word tokens and line keys shared by the corpus profile and the rule families. Public only
 * for that use; see docs/library.md.
 */
package org.corpuslint.text;
