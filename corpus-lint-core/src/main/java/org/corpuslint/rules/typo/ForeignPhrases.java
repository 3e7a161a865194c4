package org.corpuslint.rules.typo;

import java.util.Locale;
import java.util.Set;

/**
 * Words of a phrase in another language inside English prose ({@code Chambre de Commerce},
 * {@code joie de vivre}): an article or preposition of French, Spanish, Italian, Portuguese,
 * German or Dutch beside the word marks a foreign phrase, whose words an English dictionary
 * cannot judge.
 */
final class ForeignPhrases {

    /** Articles and prepositions of those languages that are no English words. */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "les",
            "del", "della", "delle", "di", "da", "dos", "das", "der", "den", "dem", "von", "zu",
            "und", "van", "het", "el", "los", "las", "y", "et", "au", "aux", "sur", "il", "lo",
            "gli", "une", "un", "ein", "eine", "avec", "pour", "sans", "con", "por", "para");

    private ForeignPhrases() {}

    /** True when a word beside {@code tokens[i]} (spaces only between) is a foreign particle. */
    static boolean beside(DocumentWords doc, int i) {
        return particle(doc.neighbour(i, -1)) || particle(doc.neighbour(i, 1));
    }

    private static boolean particle(String word) {
        return word != null && WordForm.isLowerCase(word)
                && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
