package org.corpuslint.rules.typo;

import java.util.List;

/**
 * Words that dictionaries lack but that are regular formations from known words: compounds of
 * two known words ({@code matchday}, {@code loosehead}), productive prefixes
 * ({@code reconvicted}, {@code uncosted}) and suffixes ({@code illiberalism},
 * {@code wranglings}). News coins them all the time; they are not typos.
 */
final class DerivedWords {

    private static final List<String> PREFIXES = List.of("re", "un", "non", "pre", "co", "anti",
            "counter", "inter", "super", "sub", "semi", "mega", "micro", "multi", "post", "self",
            "over", "under", "out", "mis", "ex", "de", "dis", "mini", "cyber", "tele", "neo");
    private static final List<String> SUFFIXES = List.of("s", "es", "ers", "ism", "isms", "ist",
            "ists", "ness", "ship", "ships", "hood", "dom");
    /** Shorter stems after a prefix hide real typos: {@code untill} is not un + till. */
    private static final int MIN_STEM_AFTER_PREFIX = 5;
    private static final int MIN_COMPOUND_PART = 3;
    private static final List<String> INFLECTIONS = List.of("s", "es", "y");

    /**
     * LanguageTool frequency class each part of a compound needs: writers fuse common words
     * (match + day), while a reading from rare ones (outs + elves for outselves) is a slip.
     */
    static final int MIN_COMPOUND_PART_FREQUENCY = 8;

    private DerivedWords() {}

    /** True when lower-case {@code word} is a compound or derivation of known words. */
    static boolean isDerived(String word, Lexicon lexicon) {
        return isAffixed(word, lexicon) || isCompound(word, lexicon);
    }

    /** An inflection stem, or a known word with a productive prefix or suffix. */
    static boolean isAffixed(String word, Lexicon lexicon) {
        // The stem of a known inflection is a word too (outturn, outturns; raunch, raunchy).
        for (String ending : INFLECTIONS) {
            if (lexicon.isKnown(word + ending)) {
                return true;
            }
        }
        for (String prefix : PREFIXES) {
            if (word.length() - prefix.length() >= MIN_STEM_AFTER_PREFIX
                    && word.startsWith(prefix)
                    && lexicon.isKnown(word.substring(prefix.length()))) {
                return true;
            }
        }
        for (String suffix : SUFFIXES) {
            int stemLength = word.length() - suffix.length();
            if (stemLength >= MIN_COMPOUND_PART && word.endsWith(suffix)
                    && (!suffix.equals("es") || takesEs(word.substring(0, stemLength)))) {
                String stem = word.substring(0, stemLength);
                // A final e drops only before a vowel: rac(e)ist, but alo+s is no aloe+s.
                if (lexicon.isKnown(stem)
                        || (startsWithVowel(suffix) && lexicon.isKnown(stem + "e"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Plural -es follows a hissing sound or an o (taxes, churches, heroes), not lastes. */
    private static boolean takesEs(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z")
                || stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("o");
    }

    private static boolean startsWithVowel(String suffix) {
        return "aeiou".indexOf(suffix.charAt(0)) >= 0;
    }

    /** Two common known words written as one ({@code matchday}). */
    static boolean isCompound(String word, Lexicon lexicon) {
        for (int cut = MIN_COMPOUND_PART; cut <= word.length() - MIN_COMPOUND_PART; cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if (!FunctionWords.contains(head) && !FunctionWords.contains(tail)
                    && lexicon.isKnown(head) && lexicon.isKnown(tail)
                    && lexicon.frequency(head) >= MIN_COMPOUND_PART_FREQUENCY
                    && lexicon.frequency(tail) >= MIN_COMPOUND_PART_FREQUENCY) {
                return true;
            }
        }
        return false;
    }
}
