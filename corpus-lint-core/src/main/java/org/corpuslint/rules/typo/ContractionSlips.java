package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;

/**
 * {@code "W've had}, {@code We'v seen}: a contraction of a pronoun or another closed-class word
 * with one letter lost, doubled or struck wrong around its apostrophe, capitalised at the start
 * of a sentence or a quotation, where the corpus writes the contraction itself. Contractions are
 * a closed class, so the written form is compared with each of them; a name with an apostrophe
 * has a capital after it ({@code O'Neill}, {@code D'Arcy}) and is not judged. The first letter
 * is kept, the written form is used once and its stem on no name list; written like a
 * possessive ({@code Thre's}, {@code Thaat's}), only a letter lost or doubled makes it a
 * contraction.
 */
final class ContractionSlips {

    /** The words English contracts with {@code 's}, {@code 're}, {@code 've}, {@code 'll}, ... */
    private static final List<String> STEMS = List.of("i", "you", "we", "they", "he", "she",
            "it", "that", "there", "here", "who", "what", "where", "when", "how", "why", "let");
    /** The verbs contracted with {@code n't}. */
    private static final List<String> NEGATED = List.of("don", "doesn", "didn", "isn", "aren",
            "wasn", "weren", "haven", "hasn", "hadn", "won", "wouldn", "can", "couldn",
            "shouldn", "mustn", "ain");
    private static final List<String> CONTRACTIONS = contractions();

    private final CorpusProfile profile;
    private final TypoThresholds t;

    ContractionSlips(CorpusProfile profile, TypoThresholds thresholds) {
        this.profile = profile;
        this.t = thresholds;
    }

    Optional<TypoFinding> find(int start, int end, String word, long written) {
        int apostrophe = word.indexOf('\'');
        if (written > 1 || apostrophe < 1 || apostrophe == word.length() - 1
                || !WordForm.isCapitalized(word)
                || !WordForm.isLowerCase(word.substring(1).replace("'", ""))) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean possessive = lower.endsWith("'s");
        String best = null;
        long bestUses = 0;
        for (String contraction : CONTRACTIONS) {
            // Slips rarely touch the first letter: W've is we've, not I've.
            if (contraction.equals(lower) || contraction.charAt(0) != lower.charAt(0)
                    || Math.abs(contraction.length() - lower.length()) > 1
                    || EditDistance.distance(lower, contraction, 1) != 1) {
                continue;
            }
            // Written like a possessive, it is a contraction only with a letter lost
            // (Thre's) or doubled (Thaat's): one struck wrong or added reads as a name's
            // possessive (Sha's car), while a letter struck twice is the commonest slip of the
            // keys and makes no name of a pronoun.
            if (possessive && lower.length() != contraction.length() - 1
                    && !doubledLetter(lower, contraction)) {
                continue;
            }
            String meant = WordForm.capitalize(contraction);
            long uses = Contractions.uses(profile, contraction);
            if (uses >= t.capitalisedWordUses() && uses > bestUses) {
                best = meant;
                bestUses = uses;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + word
                + "' is close to the contraction '" + best + "' (the corpus writes it "
                + UnknownWords.times(bestUses) + ")", best, true,
                TypoEvidence.of(TypoEvidence.Kind.WORD, bestUses, written)));
    }

    /** {@code written} is {@code meant} with one of its letters struck twice ({@code thaat's}). */
    static boolean doubledLetter(String written, String meant) {
        return written.length() == meant.length() + 1
                && Character.isLetter(written.charAt(EditDistance.firstDifference(written, meant)))
                && EditDistance.distance(written, meant, 1) == 1
                && EditDistance.kind(written, meant) == EditDistance.Kind.DOUBLING;
    }

    private static List<String> contractions() {
        List<String> all = new ArrayList<>();
        for (String stem : STEMS) {
            for (String ending : Contractions.ENDINGS) {
                all.add(stem + "'" + ending);
            }
        }
        for (String verb : NEGATED) {
            all.add(verb + "'t");
        }
        return List.copyOf(all);
    }
}
