package org.corpuslint.rules.typo;

import java.util.Set;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.text.WordTokenizer;

/** What the possessive checks share: the corpus's count of a possessive, and its marks. */
final class Possessives {

    /**
     * Before these a name in s is a plural (the Kennedys, two Koreas; the Kennedys'), not a
     * possessive that lost or misplaced its apostrophe.
     */
    static final Set<String> PLURAL_MARKERS = Set.of("the", "these", "those", "both",
            "all", "some", "many", "several", "few", "two", "three", "four", "five", "other",
            "such", "no", "any", "their", "his", "her", "our", "my", "your", "its");

    private Possessives() {
    }

    /** How often the corpus writes {@code name}'s, with either apostrophe. */
    static long uses(CorpusProfile profile, String name) {
        return profile.occurrences(name + "'s") + profile.occurrences(name + "\u2019s");
    }

    /**
     * An apostrophe at {@code at} and a space after it, with a character after that:
     * {@code Bach' work}, {@code Russias' oil}. Most words are followed by no apostrophe, so
     * this is asked first.
     */
    static boolean apostropheThenSpace(String text, int at) {
        return at + 2 < text.length() && WordTokenizer.isApostrophe(text.charAt(at))
                && text.charAt(at + 1) == ' ';
    }
}
