package org.corpuslint.rules.typo;

import org.corpuslint.model.FixConfidence;

/**
 * The counts behind a typo's replacement, from which its fix's confidence follows. Only a
 * misspelled name can be safe to fix unseen: the corpus spells the name one way
 * {@value #OVERWHELMING_USES} times or more and the slip hardly ever. A lower-case word has
 * dictionary neighbours that are real words too ({@code roms}, {@code rooms}), a real word may be
 * meant ({@code Contract}), and a reject list is the user's rule, not evidence about this place:
 * those are at most likely, and weak evidence is unsure.
 *
 * @param kind what was misspelled
 * @param replacementUses how often the corpus writes the replacement
 * @param slipUses how often the corpus writes the slip (at least 1)
 */
record TypoEvidence(Kind kind, long replacementUses, long slipUses) {

    /** The corpus spells a name this often... */
    static final int OVERWHELMING_USES = 20;
    /** ...and the slip at most this often: a slip, not a second spelling. */
    static final int RARE_SLIP_USES = 2;
    /** A replacement used less often than this is weak evidence. */
    static final int WEAK_USES = 3;

    enum Kind {
        /** A capitalised word no dictionary knows, one slip from a name. */
        NAME,
        /** A lower-case word (or one capitalised at a sentence start) no dictionary knows. */
        WORD,
        /** A real word standing where a name was meant. */
        REAL_WORD,
        /** A word on the user's reject list with its replacement. */
        REJECTED
    }

    static TypoEvidence of(Kind kind, long replacementUses, long slipUses) {
        return new TypoEvidence(kind, replacementUses, Math.max(1, slipUses));
    }

    FixConfidence confidence(String replacement) {
        boolean rareSlip = slipUses <= RARE_SLIP_USES;
        return switch (kind) {
            case NAME -> Character.isUpperCase(replacement.charAt(0)) && rareSlip
                    && replacementUses >= OVERWHELMING_USES ? FixConfidence.SAFE
                    : replacementUses >= WEAK_USES && replacementUses > slipUses
                            ? FixConfidence.LIKELY : FixConfidence.UNSURE;
            case WORD, REAL_WORD -> rareSlip && replacementUses >= WEAK_USES
                    ? FixConfidence.LIKELY : FixConfidence.UNSURE;
            case REJECTED -> FixConfidence.LIKELY;
        };
    }
}
