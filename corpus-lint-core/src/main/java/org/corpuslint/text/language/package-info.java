/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Language identification of a document's paragraphs, shared: the language rule reports
 * runs of paragraphs in another language, and the spelling rule skips them. Public only for
 * that use; see docs/library.md.
 */
package org.corpuslint.text.language;
