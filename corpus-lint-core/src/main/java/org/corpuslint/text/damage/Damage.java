package org.corpuslint.text.damage;

import java.util.Objects;

/**
 * One damaged span of a document's text.
 *
 * @param kind what is wrong
 * @param start the first offset of the span
 * @param end the offset after it
 * @param repair the text that exactly repairs the span, or {@code null} when no repair is exact
 * @param detail a short explanation for the message (the look-alike letter, the decoding that
 *     went wrong), or the empty string
 */
public record Damage(DamageKind kind, int start, int end, String repair, String detail) {

    public Damage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A span with no exact repair. */
    static Damage reportOnly(DamageKind kind, int start, int end, String detail) {
        return new Damage(kind, start, end, null, detail);
    }
}
