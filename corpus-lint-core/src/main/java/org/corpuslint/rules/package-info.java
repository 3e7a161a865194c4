/**
 * Internal: not part of the library API; may change without notice.
 *
 * <p>The registry of the built-in rules. Public so the engine, the fixer and the front ends can
 * list and create the rules; rule ids, not this class, are the library API. See
 * docs/library.md.
 */
package org.corpuslint.rules;
