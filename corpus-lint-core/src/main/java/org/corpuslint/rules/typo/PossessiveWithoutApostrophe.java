package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * {@code Chinas exports} in a corpus that writes {@code China's} again and again: a possessive
 * whose apostrophe is lost. The written form is often a dictionary word (the plural of china),
 * so no speller sees it. What tells it from a plural of a name ({@code the Kennedys}, {@code both
 * Koreas}) is where it stands: a possessive takes the place of a determiner, so it follows none,
 * and a noun follows it; and the corpus writes the possessive often and the plural only here.
 * After another capitalised word the plural ends a name of its own ({@code Rolling Stones}).
 */
final class PossessiveWithoutApostrophe {

    private final CorpusProfile profile;
    /** The corpus writes the possessive this often: its writers know the name's possessive. */
    private final int possessiveUses;
    /** ... or this often, when the form in s is no word. */
    private final int unknownPossessiveUses;

    PossessiveWithoutApostrophe(CorpusProfile profile, TypoThresholds thresholds) {
        this.profile = profile;
        this.possessiveUses = thresholds.commonInCorpus();
        this.unknownPossessiveUses = thresholds.nameSlipUses();
    }

    /**
     * The finding for the known word at {@code i}, or empty.
     *
     * @param inProse the word stands inside a sentence, not at its start or in a title-case line
     */
    Optional<TypoFinding> find(DocumentWords doc, int i, boolean inProse) {
        return find(doc, i, inProse, true);
    }

    /**
     * {@code Sonys PlayStation}: a word in s no dictionary knows, where the corpus writes the
     * possessive of the name; as the form is no word, a name may follow as well as a noun,
     * and fewer possessives in the corpus suffice.
     */
    Optional<TypoFinding> findUnknown(DocumentWords doc, int i, boolean inProse) {
        return find(doc, i, inProse, false);
    }

    private Optional<TypoFinding> find(DocumentWords doc, int i, boolean inProse, boolean known) {
        String word = doc.base(i);
        // The cheap tests first: most known words end in no s or are not capitalised.
        if (!inProse || word.length() < 5 || word.charAt(word.length() - 1) != 's'
                || !WordForm.isCapitalized(word)) {
            return Optional.empty();
        }
        return judge(doc, i, word, known);
    }

    /**
     * The rest of {@link #find}, for the few capitalised words in s: apart, so that the test
     * every known word passes stays small for the compiler (inlined whole, this method's loops
     * and look-ups made the JIT's largest compilation of a run, recompiled as new paths were
     * taken).
     */
    private Optional<TypoFinding> judge(DocumentWords doc, int i, String word, boolean known) {
        Token token = doc.tokens().get(i);
        if (token.end() != token.start() + word.length() || WordForm.isAllCaps(word)
                || !WordForm.isLowerCase(word.substring(1))) {
            return Optional.empty();
        }
        String after = doc.neighbour(i, 1);
        String before = doc.neighbour(i, -1);
        // After a capitalised word it ends a name of several words (Rolling Stones).
        boolean ownedName = !known && after != null && WordForm.isCapitalized(after)
                && !WordForm.isAllCaps(after) && !FunctionWords.contains(after);
        if (after == null || (!WordForm.isLowerCase(after) && !ownedName) || FunctionWords.contains(after)
                || (before != null && WordForm.isCapitalized(before))
                || (before != null && (Possessives.PLURAL_MARKERS.contains(before.toLowerCase(
                        Locale.ROOT)) || WordForm.hasDigit(before)))
                || PersonalNames.contains(word)) {
            return Optional.empty();
        }
        if (!ownedName && !nounOrAdjective(after)) {
            return Optional.empty();
        }
        String name = word.substring(0, word.length() - 1);
        long possessives = Possessives.uses(profile, name);
        if (possessives < (known ? possessiveUses : unknownPossessiveUses) || profile.occurrences(word) > 1) {
            return Optional.empty();
        }
        String fixed = name + "'s";
        return Optional.of(new TypoFinding(token.start(), token.end(), Severity.ERROR, "'"
                + word + "' reads as a possessive without its apostrophe; did you mean '" + fixed
                + "'? (the corpus writes '" + fixed + "' " + UnknownWords.times(possessives)
                + " and '" + word + "' only here)", fixed, true,
                TypoEvidence.of(TypoEvidence.Kind.WORD, possessives, 1)));
    }

    /**
     * A possessive is followed by what it owns, a noun or an adjective before one; a plural of
     * a name by anything ({@code the Kennedys now}, {@code Rangers won}).
     */
    private static boolean nounOrAdjective(String word) {
        for (Morphology.Reading r : Morphology.readings(word)) {
            if (r.tag().startsWith("NN") || r.tag().startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }
}
