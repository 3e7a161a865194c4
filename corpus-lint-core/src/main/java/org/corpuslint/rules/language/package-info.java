/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>One rule family. Its rule classes are public only so the rule registry can create them; a
 * family never uses another family (CoreArchitectureTest). See docs/library.md.
 */
package org.corpuslint.rules.language;
