package org.corpuslint.rules.typo;

import java.util.Optional;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;

/**
 * {@code Whos there}, {@code Theyve gone}: a contraction of a pronoun or another closed-class
 * word with its apostrophe left out, capitalised at the start of a sentence or a title, where the
 * corpus writes the contraction with its apostrophe. No name is a function word run into
 * {@code s}, {@code ve} or {@code ll}; a name run into an {@code s} ({@code the Blairs}) is a
 * plural, and is not judged here.
 */
final class ContractionWithoutApostrophe {


    private final CorpusProfile profile;
    private final TypoThresholds t;

    ContractionWithoutApostrophe(CorpusProfile profile, TypoThresholds thresholds) {
        this.profile = profile;
        this.t = thresholds;
    }

    Optional<TypoFinding> find(int start, int end, String word) {
        if (!WordForm.isCapitalized(word) || !WordForm.isLowerCase(word.substring(1))) {
            return Optional.empty();
        }
        for (String ending : Contractions.ENDINGS) {
            int cut = word.length() - ending.length();
            if (cut < 1 || !word.endsWith(ending)
                    || !FunctionWords.contains(word.substring(0, cut))) {
                continue;
            }
            String meant = word.substring(0, cut) + "'" + ending;
            long uses = Contractions.uses(profile, WordForm.decapitalize(meant));
            if (uses >= t.capitalisedWordUses()) {
                return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + word
                        + "' is a contraction without its apostrophe; did you mean '" + meant
                        + "'? (the corpus writes it " + UnknownWords.times(uses) + ")", meant, true,
                        TypoEvidence.of(TypoEvidence.Kind.WORD, uses, 1)));
            }
        }
        return Optional.empty();
    }
}
