package org.corpuslint.rules.typo;

import java.util.Locale;

/**
 * {@code Bulgraian} in an article about Bulgaria, {@code Russiaa's} beside {@code Russian}: the
 * evidence names the name that was meant, the slip itself which form of it. Between two forms of
 * one name — one the other with a letter added at the end ({@code Bulgaria}, {@code Bulgarian};
 * {@code Slam}, {@code Slams}), or the same but for a doubled letter ({@code Mathew},
 * {@code Matthew}) — the suggestion is the form the written word is the likelier slip of: fewer
 * edits, then two letters swapped or a letter doubled before a letter left out, before a
 * neighbouring key, before any other edit.
 */
final class FormsOfAName {

    private final Lexicon lexicon;

    FormsOfAName(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The form of {@code chosen}'s name that {@code word} is the likeliest slip of. */
    Candidate likeliestForm(String word, Candidate chosen) {
        Candidate best = chosen;
        for (Candidate c : lexicon.candidates(word, false)) {
            if (c.corpusOccurrences() > 0 && sameName(c.word(), chosen.word())
                    && likelihood(c) > likelihood(best)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean sameName(String a, String b) {
        return !a.equals(b) && WordForm.isCapitalized(a) && WordForm.isCapitalized(b)
                && (Lexicon.extension(a, b) || singled(a).equals(singled(b)));
    }

    /** The word in lower case with every doubled letter written once. */
    private static String singled(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            if (k == 0 || w.charAt(k) != w.charAt(k - 1)) {
                out.append(w.charAt(k));
            }
        }
        return out.toString();
    }

    /** How typing-like the slip from the candidate is: higher is likelier. */
    private static int likelihood(Candidate c) {
        if (c.distance() != 1) {
            return -1;
        }
        return switch (c.kind()) {
            case TRANSPOSITION, DOUBLING -> 3;
            case OMISSION -> 2;
            case NEIGHBOUR_KEY -> 1;
            default -> 0;
        };
    }
}
