package org.corpuslint.rules.encoding;

import org.corpuslint.text.damage.Damage;

/** The message of each kind of damage: what is there, why it is wrong, what it should read. */
final class DamageMessages {

    private DamageMessages() {}

    static String of(Damage damage, String damaged) {
        String quoted = "'" + VisibleText.of(damaged) + "'";
        return switch (damage.kind()) {
            case MOJIBAKE -> "mojibake " + quoted + " (" + damage.detail() + ")"
                    + (damage.repair() == null ? "" : "; it reads " + shown(damage.repair()));
            case ENTITY -> "HTML entity " + quoted + " left in the text; it stands for "
                    + shown(damage.repair());
            case MARKUP -> "markup left in the text: " + quoted;
            case REPLACEMENT -> (damaged.length() == 1 ? "replacement character U+FFFD"
                    : damaged.length() + " replacement characters U+FFFD")
                    + ": a character was lost when the text was decoded";
            case CONTROL -> "control character " + damage.detail() + " in the text";
            case INVISIBLE -> "invisible character " + damage.detail() + " inside a word";
            case MIXED_SCRIPT -> quoted + " is a " + damage.detail()
                    + ", a look-alike letter of another script";
            case NFC -> quoted + " is not in Unicode normal form NFC (" + damage.detail() + ")";
        };
    }

    /** The repaired text for a message: quoted, or named when it cannot be seen. */
    static String shown(String repair) {
        return VisibleText.isHidden(repair) ? VisibleText.describe(repair)
                : "'" + VisibleText.of(repair) + "'";
    }
}
