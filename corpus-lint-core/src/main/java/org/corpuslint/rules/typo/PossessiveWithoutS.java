package org.corpuslint.rules.typo;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;

/**
 * {@code in Bach' work} in a corpus that writes {@code Bach's}: the s of a possessive left out
 * after a name that does not end in a hissing sound (a plural or a name in s, {@code Jones'},
 * takes the apostrophe alone). A name that closes a quotation in single quotes
 * ({@code the film 'Ray' was}) is no possessive.
 */
final class PossessiveWithoutS {

    private final CorpusProfile profile;

    PossessiveWithoutS(CorpusProfile profile) {
        this.profile = profile;
    }

    Optional<TypoFinding> find(DocumentWords doc, int i) {
        Token token = doc.tokens().get(i);
        String text = doc.text();
        int after = token.end();
        if (!Possessives.apostropheThenSpace(text, after)
                || !Character.isLowerCase(text.charAt(after + 2))) {
            return Optional.empty();
        }
        return judge(token, text, after);
    }

    /**
     * The rest of {@link #find}, for the few words followed by an apostrophe and a lower-case
     * word: apart, so that the test every known word passes stays small for the compiler.
     */
    private Optional<TypoFinding> judge(Token token, String text, int after) {
        String name = text.substring(token.start(), token.end());
        if (!WordForm.isCapitalized(name) || WordForm.isAllCaps(name)
                || "sxzSXZ".indexOf(name.charAt(name.length() - 1)) >= 0
                || opensQuote(text, token.start())) {
            return Optional.empty();
        }
        long possessives = Possessives.uses(profile, name);
        if (possessives == 0) {
            return Optional.empty();
        }
        char apostrophe = text.charAt(after);
        String written = name + apostrophe;
        String fixed = written + "s";
        return Optional.of(new TypoFinding(token.start(), after + 1, Severity.ERROR, "'"
                + written + "' is a possessive without its s; did you mean '" + fixed
                + "'? (the corpus writes '" + name + "'s' " + UnknownWords.times(possessives)
                + ")", fixed, true, TypoEvidence.of(TypoEvidence.Kind.WORD, possessives, 1)));
    }

    /**
     * True when a single quotation mark (or a backquote standing for one) opens a quotation
     * earlier on the same line, which the apostrophe after the name may close.
     */
    static boolean opensQuote(String text, int start) {
        for (int k = start - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == '\u2018' || c == '`') {
                return true;
            }
            if (c == '\'' && (k == 0 || !Character.isLetter(text.charAt(k - 1)))) {
                return true;
            }
        }
        return false;
    }
}
