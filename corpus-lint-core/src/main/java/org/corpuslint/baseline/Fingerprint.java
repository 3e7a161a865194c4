package org.corpuslint.baseline;

/**
 * What identifies a finding across edits of its document: the rule, the document, a hash of the
 * offending text, and a hash of its neighbourhood (the line(s) it is on and the nearest non-blank
 * line before and after). Positions are left out on purpose, so that adding or removing lines
 * elsewhere does not change it.
 *
 * @param rule the rule id
 * @param path the document path
 * @param text hash of the normalised offending text (of its line, for a finding at a point)
 * @param context hash of the normalised line(s) of the finding and the nearest non-blank
 *     line before and after
 */
public record Fingerprint(String rule, String path, String text, String context) {

    /** The key that ignores the neighbourhood, for findings whose surroundings were edited. */
    Fingerprint withoutContext() {
        return new Fingerprint(rule, path, text, "");
    }
}
