package org.corpuslint.rules.typo;

import java.util.List;
import org.corpuslint.profile.CorpusProfile;

/** What the contraction checks share: the endings English contracts, and their corpus uses. */
final class Contractions {

    /** What a contraction puts after the apostrophe ({@code 's}, {@code 're}, ...). */
    static final List<String> ENDINGS = List.of("s", "re", "ve", "ll", "d", "m");

    private Contractions() {
    }

    /**
     * How often the corpus writes the lower-case {@code contraction}, in lower case or
     * capitalised, with a straight or a curly apostrophe.
     */
    static long uses(CorpusProfile profile, String contraction) {
        return written(profile, contraction) + written(profile, WordForm.capitalize(contraction));
    }

    private static long written(CorpusProfile profile, String form) {
        return profile.occurrences(form) + profile.occurrences(form.replace('\'', '\u2019'));
    }
}
