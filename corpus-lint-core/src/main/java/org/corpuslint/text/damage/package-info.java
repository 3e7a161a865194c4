/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>Encoding damage in a document's text (mojibake, HTML entities, markup remnants, stray
 * control, invisible and look-alike characters, text not in NFC), found once per document and
 * shared: the encoding rule reports it, and the spelling rule skips the words it damaged so that
 * one defect is reported once. Public only for that use; see docs/library.md.
 */
package org.corpuslint.text.damage;
