package org.corpuslint.eval.duplicate;

/** How a planted copy differs from its original, in the ways wire copy and re-scrapes do. */
public enum CopyKind {
    /** The same text with other white space: re-wrapped blank lines, doubled spaces. */
    EXACT,
    /** The article with page chrome added above and below (real chrome lines). */
    CHROME,
    /** An updated version: one sentence rewritten and a short paragraph added at the end. */
    UPDATED,
    /** Both: chrome added and the text updated. */
    CHROME_UPDATED,
    /** A heavier edit, beyond "light": one whole paragraph replaced. Reported separately. */
    PARAGRAPH_REPLACED
}
