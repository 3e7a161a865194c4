package org.corpuslint.text.damage;

import java.util.Locale;

/** The kinds of encoding damage, in the order they claim text when two would overlap. */
public enum DamageKind {
    /** UTF-8 bytes decoded as Windows-1252 or Latin-1: {@code â€™} for {@code ’}. */
    MOJIBAKE,
    /** An HTML character reference left in the text: {@code &amp;}, {@code &#233;}. */
    ENTITY,
    /** An HTML tag, comment, WordPress shortcode or Markdown image left in the text. */
    MARKUP,
    /** U+FFFD: a character the decoder could not read was replaced. */
    REPLACEMENT,
    /** A C0 or C1 control character other than tab and line breaks. */
    CONTROL,
    /** A zero-width, soft-hyphen or bidirectional-control character inside a word. */
    INVISIBLE,
    /** A letter of another script that looks like one of the word's own ({@code а} in Mаrk). */
    MIXED_SCRIPT,
    /** Text that is not in Unicode normal form C ({@code e} and a combining acute). */
    NFC;

    /** The name users write in options: {@code mojibake}, {@code mixed-script}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
