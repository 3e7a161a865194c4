package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * {@code Russias' oil}, {@code Gordon Browns' record} in a corpus that writes {@code Russia's}
 * and {@code Brown's} again and again: the apostrophe of a possessive put after its s. The
 * apostrophe after an s is right for a plural ({@code the Kennedys' house}) or a name in s
 * ({@code Yukos' lawyers}), so what tells the slip is the corpus: it writes the name often
 * and its possessive again and again, and the form in s nowhere but here, and no name list has
 * that form ({@code Williams'}). A real plural possessive ({@code Democrats'}, {@code Spurs'})
 * is of a plural the corpus writes elsewhere, and is rarely written in the singular's
 * possessive. Where it stands must suit one person or place: a plural of a family follows a
 * determiner, and after a capitalised word that is no given name the form ends a name of its
 * own ({@code Cleveland Browns'}, {@code Critics' Circle}); after a given name or a title of
 * address ({@code Mr Blairs'}) it cannot be a family's plural.
 */
final class ApostropheAfterTheS {

    private final CorpusProfile profile;
    /** The corpus writes the possessive this often: its writers know the name's possessive. */
    private final int possessiveUses;
    /** ... and the name, bare or possessive, this often: a name familiar to its writers. */
    private final int nameUses;

    ApostropheAfterTheS(CorpusProfile profile, TypoThresholds thresholds) {
        this.profile = profile;
        this.possessiveUses = thresholds.nameSlipUses();
        this.nameUses = thresholds.commonInCorpus();
    }

    /** The finding for the word at {@code i}, known or not, or empty. */
    Optional<TypoFinding> find(DocumentWords doc, int i) {
        Token token = doc.tokens().get(i);
        String text = doc.text();
        int after = token.end();
        if (!Possessives.apostropheThenSpace(text, after)
                || !Character.isLetter(text.charAt(after + 2))) {
            return Optional.empty();
        }
        return judge(doc, i, token, after);
    }

    private Optional<TypoFinding> judge(DocumentWords doc, int i, Token token, int after) {
        String text = doc.text();
        String word = text.substring(token.start(), token.end());
        if (word.length() < 5 || word.charAt(word.length() - 1) != 's'
                || !WordForm.isCapitalized(word) || !WordForm.isLowerCase(word.substring(1))
                || PersonalNames.contains(word) || PossessiveWithoutS.opensQuote(text, token.start())
                || !standsForOne(doc, i)) {
            return Optional.empty();
        }
        String name = word.substring(0, word.length() - 1);
        long possessives = Possessives.uses(profile, name);
        boolean onlyHere = profile.occurrences(word) <= 1;
        // After a title of address the form is one person's, whatever plural of the family
        // the corpus writes elsewhere (the Blairs).
        boolean addressed = FullNames.addressed(doc, i);
        if (possessives < possessiveUses || possessives + profile.occurrences(name) < nameUses
                || (!onlyHere && !addressed)) {
            return Optional.empty();
        }
        String fixed = name + text.charAt(after) + "s";
        String form = onlyHere ? " and '" + word + "' only here)"
                : "; after '" + doc.neighbour(i, -1) + "' it is one person's)";
        return Optional.of(new TypoFinding(token.start(), after + 1, Severity.ERROR, "'"
                + word + text.charAt(after) + "' puts the apostrophe after the s; did you mean '"
                + fixed + "'? (the corpus writes '" + fixed + "' "
                + UnknownWords.times(possessives) + form, fixed,
                true, TypoEvidence.of(TypoEvidence.Kind.WORD, possessives, 1)));
    }

    /**
     * The word names one person or place where it stands: no determiner or number before it
     * (the Kennedys'), and no capitalised word but a given name ({@code Gordon Browns'}) or a
     * title of address ({@code Mr Blairs'}).
     */
    private static boolean standsForOne(DocumentWords doc, int i) {
        String before = doc.neighbour(i, -1);
        if (before == null) {
            return true;
        }
        if (Possessives.PLURAL_MARKERS.contains(before.toLowerCase(Locale.ROOT))
                || WordForm.hasDigit(before)) {
            return false;
        }
        return !WordForm.isCapitalized(before) || FullNames.addressed(doc, i)
                || (!WordForm.isAllCaps(before) && PersonalNames.isGivenName(before));
    }
}
