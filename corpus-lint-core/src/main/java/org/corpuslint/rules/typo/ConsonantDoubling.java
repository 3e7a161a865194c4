package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;

/**
 * A formation that leaves its stem's last consonant single where English spelling doubles it
 * ({@code controlable} for controllable, {@code refered} for referred): the word reads as a
 * known stem and a suffix that begins with a vowel, and the dictionary knows the same
 * formation with the consonant doubled, and not with it single. Which stems double depends on
 * stress, which the letters do not show, so the dictionary's spelling decides; where it lists
 * both (traveled, travelled) the word is known and never judged here. The other way round, a
 * consonant doubled where the dictionary has one ({@code targetting}), is a spelling variant
 * (see {@link FalseForms}).
 */
final class ConsonantDoubling {

    /** Suffixes that begin with a vowel, before which English doubles a final consonant. */
    private static final List<String> ENDINGS = List.of("ed", "ing", "ings", "er", "ers",
            "est", "able", "ably", "al", "ance", "ence", "ish", "ist", "ists", "ism", "y", "ee",
            "ees");
    private static final int MIN_STEM = 3;

    private ConsonantDoubling() {}

    /** The dictionary's spelling of lower-case {@code word}'s formation, with its consonant doubled. */
    static Optional<String> intendedForm(String word, Lexicon lexicon) {
        for (String ending : ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < MIN_STEM) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            int n = stem.length();
            char last = stem.charAt(n - 1);
            // One vowel before the consonant, which may double (control + able); a single one
            // after a stem in silent e is that e dropped (hopers: hope, not hop).
            if (doubles(last) && isVowel(stem.charAt(n - 2)) && !isVowel(stem.charAt(n - 3))
                    && lexicon.isKnown(stem) && !lexicon.isKnown(stem + "e")) {
                String doubled = stem + last + ending;
                if (lexicon.isKnown(doubled) && !lexicon.isRejected(doubled)) {
                    return Optional.of(doubled);
                }
            }
        }
        return Optional.empty();
    }

    /** A consonant English doubles before a suffix (not h, w, x or y, which close a vowel). */
    private static boolean doubles(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c) && "hwxy".indexOf(c) < 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
