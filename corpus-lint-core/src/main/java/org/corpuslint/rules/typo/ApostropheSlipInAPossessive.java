package org.corpuslint.rules.typo;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.Token;
import org.corpuslint.text.WordTokenizer;

/**
 * {@code Britai'ns}, {@code Fiat'ss}: a name's possessive struck with its apostrophe one key
 * early (swapped with the name's last letter) or its s doubled. The tokeniser keeps an
 * apostrophe between two letters inside the word, so the whole slip is one unknown token, and
 * its base form keeps the slip ({@code 's} is not its ending). What tells the slip is the
 * corpus: with the apostrophe put back in its place the token is the possessive of a name the
 * corpus writes in the possessive ({@code Britain's}), and the token itself is written nowhere
 * else. A name list is no defence ({@code Redd'ys}, {@code Yor'ks}: the slip leaves no form a
 * list could hold). Names with an apostrophe of their own have a capital after it ({@code O'Neill},
 * {@code N'Zogbia}) or keep it written without the s ({@code Shi'a} beside {@code Shi'as},
 * {@code Hawai'i}); both stay quiet.
 */
final class ApostropheSlipInAPossessive {

    private final CorpusProfile profile;
    /** The corpus writes the meant possessive this often: its writers know the name's possessive. */
    private final int possessiveUses;

    ApostropheSlipInAPossessive(CorpusProfile profile, TypoThresholds thresholds) {
        this.profile = profile;
        this.possessiveUses = thresholds.nameSlipUses();
    }

    /** The finding for the unknown token at {@code i}, or empty. */
    Optional<TypoFinding> find(DocumentWords doc, int i) {
        Token token = doc.tokens().get(i);
        String written = token.text();
        int length = written.length();
        // The cheap test first: an apostrophe, a letter and an s end the token.
        if (length < 5 || written.charAt(length - 1) != 's'
                || !WordTokenizer.isApostrophe(written.charAt(length - 3))) {
            return Optional.empty();
        }
        return judge(token, written.replace('\u2019', '\''));
    }

    private Optional<TypoFinding> judge(Token token, String written) {
        String name = meantName(written);
        if (name == null || name.length() < 3 || !WordForm.isCapitalized(name)
                || !WordForm.isLowerCase(name.substring(1))
                || profile.occurrences(written) + profile.occurrences(curly(written)) > 1
                || (!written.endsWith("'ss") && writtenWithoutTheS(written))) {
            return Optional.empty();
        }
        long possessives = Possessives.uses(profile, name);
        if (possessives < possessiveUses) {
            return Optional.empty();
        }
        char apostrophe = token.text().indexOf('\u2019') >= 0 ? '\u2019' : '\'';
        String fixed = name + apostrophe + "s";
        String how = written.endsWith("'ss") ? "doubles the s of the possessive"
                : "puts the apostrophe before the name's last letter";
        return Optional.of(new TypoFinding(token.start(), token.end(), Severity.ERROR, "'"
                + token.text() + "' " + how + "; did you mean '" + fixed
                + "'? (the corpus writes '" + name + "'s' " + UnknownWords.times(possessives)
                + " and '" + token.text() + "' only here)", fixed, true,
                TypoEvidence.of(TypoEvidence.Kind.WORD, possessives, 1)));
    }

    /**
     * The name whose possessive the token was meant to be: {@code Britain} for
     * {@code Britai'ns} (the apostrophe and the letter after it swapped), {@code Fiat} for
     * {@code Fiat'ss} (the s doubled); null for any other shape. The token holds no other
     * apostrophe.
     */
    static String meantName(String written) {
        int apostrophe = written.indexOf('\'');
        if (apostrophe != written.lastIndexOf('\'') || apostrophe < 1) {
            return null;
        }
        int length = written.length();
        if (apostrophe == length - 3 && written.endsWith("'ss")) {
            return written.substring(0, apostrophe);
        }
        if (apostrophe == length - 3 && Character.isLowerCase(written.charAt(length - 2))) {
            return written.substring(0, apostrophe) + written.charAt(length - 2);
        }
        return null;
    }

    /**
     * The corpus writes the token without its final s ({@code Shi'a} beside {@code Shi'as}):
     * the apostrophe is the word's own, and the s a plural.
     */
    private boolean writtenWithoutTheS(String written) {
        String stem = written.substring(0, written.length() - 1);
        return profile.occurrences(stem) + profile.occurrences(curly(stem)) > 0;
    }

    private static String curly(String word) {
        return word.replace('\'', '\u2019');
    }
}
