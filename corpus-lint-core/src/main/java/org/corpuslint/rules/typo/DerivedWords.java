package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Set;

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
     * A shorter stem of a -y word is that word with its last letter lost as often as a noun of
     * its own: four letters are one slip from many words, a -y word among them ({@code dowr}
     * beside dowry, {@code mank} beside manky), while raunch (raunchy) is a stem by any reading.
     */
    private static final int MIN_Y_STEM = 5;
    /** Adverbs and prepositions, beyond the function words, that no -s turns into a plural. */
    private static final Set<String> NEVER_PLURAL = Set.of("just", "among",
            "also", "even", "ever", "never", "still", "yet", "already", "almost", "always",
            "often", "rather", "quite", "perhaps", "however", "though", "although", "since",
            "unless", "whether", "across", "around", "without", "within", "towards");

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
            if (lexicon.isKnown(word + ending) && !truncated(word, ending, lexicon)
                    && !(ending.equals("y") && word.length() < MIN_Y_STEM)
                    && !inflectsAnotherLemma(word, ending)) {
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
                    && (!suffix.equals("es") || takesEs(word.substring(0, stemLength)))
                    && !(suffix.equals("s") && noPlural(word.substring(0, stemLength)))) {
                String stem = word.substring(0, stemLength);
                // A final e drops only before a vowel: rac(e)ist, but alo+s is no aloe+s;
                // and thos+e+es is those+s, which takes no plural either.
                boolean restoredE = startsWithVowel(suffix) && lexicon.isKnown(stem + "e")
                        && !(suffix.equals("es") && noPlural(stem + "e"));
                if ((lexicon.isKnown(stem) && !onlyAnInflection(stem)) || restoredE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code serie} is no stem of {@code series}, nor {@code partie} of {@code parties}: the
     * tagger reads the -s form as a form of another lemma (the invariant series, party), so the
     * word is that form with its last letter lost. A form the tagger does not know says nothing.
     */
    private static boolean inflectsAnotherLemma(String word, String ending) {
        if (ending.equals("y")) {
            return false; // raunchy is its own lemma; its stem is read by sense, not by the tagger
        }
        List<Morphology.Reading> readings = Morphology.readings(word + ending);
        return !readings.isEmpty() && readings.stream().noneMatch(r -> r.lemma().equals(word));
    }

    /**
     * {@code listens} in {@code listensers}: a suffix of derivation or a plural follows a
     * lemma, not a form already inflected (listen + ers, never listens + ers); the stem the
     * tagger reads only as another lemma's form is no stem. A stem the tagger does not know
     * (a word of the news vocabulary) is taken as it is, and so are participles, which serve
     * as nouns and adjectives (wranglings, preparedness).
     */
    private static boolean onlyAnInflection(String stem) {
        List<Morphology.Reading> readings = Morphology.readings(stem);
        return !readings.isEmpty() && readings.stream().noneMatch(r -> r.lemma().equals(stem)
                || r.tag().equals("VBG") || r.tag().equals("VBN"));
    }

    /**
     * {@code peopl} is no stem of {@code peoples} but {@code people} cut short, and
     * {@code succes} no stem of {@code success}: a double s is no plural.
     */
    private static boolean truncated(String word, String ending, Lexicon lexicon) {
        return (ending.equals("es") && lexicon.isKnown(word + "e"))
                || (ending.equals("s") && word.endsWith("s"))
                || (ending.equals("s") && esPluralCut(word, lexicon));
    }

    /**
     * {@code coache} is no stem of {@code coaches}, whose -es follows the hissing sound of
     * {@code coach}: the plural's s left off, or an e added to the word.
     */
    private static boolean esPluralCut(String word, Lexicon lexicon) {
        String stem = word.substring(0, word.length() - 1);
        return word.endsWith("e") && takesEs(stem) && !stem.endsWith("o")
                && lexicon.isKnown(stem);
    }

    /**
     * A plain -s does not follow a hissing sound ({@code unitss}, {@code boxs}) or a function
     * word ({@code justs}, {@code eachs}).
     */
    private static boolean noPlural(String stem) {
        return takesEs(stem) && !stem.endsWith("o") || FunctionWords.contains(stem)
                || NEVER_PLURAL.contains(stem);
    }

    /** Plural -es follows a hissing sound or an o (taxes, churches, heroes), not lastes. */
    private static boolean takesEs(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z")
                || stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("o");
    }

    private static boolean startsWithVowel(String suffix) {
        return "aeiou".indexOf(suffix.charAt(0)) >= 0;
    }

    /**
     * A verb's past form in -ed, no adjective ({@code dived}): English fuses a verb's stem
     * (playground, swimsuit), not its past, so {@code divedend} is no dived + end but a vowel
     * heard wrong in dividend.
     */
    private static boolean pastForm(String head) {
        if (!head.endsWith("ed")) {
            return false;
        }
        List<Morphology.Reading> readings = Morphology.readings(head);
        // The tagger's own noun readings of such forms (dived) name no thing; an adjective
        // (used, tired) may head a compound.
        return readings.stream().anyMatch(r -> (r.tag().equals("VBD") || r.tag().equals("VBN"))
                        && !r.lemma().equals(head))
                && readings.stream().noneMatch(r -> r.tag().startsWith("JJ"));
    }

    /** Two common known words written as one ({@code matchday}). */
    static boolean isCompound(String word, Lexicon lexicon) {
        for (int cut = MIN_COMPOUND_PART; cut <= word.length() - MIN_COMPOUND_PART; cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if (!FunctionWords.contains(head) && !FunctionWords.contains(tail)
                    && !pastForm(head)
                    && lexicon.isKnown(head) && lexicon.isKnown(tail)
                    && lexicon.frequency(head) >= MIN_COMPOUND_PART_FREQUENCY
                    && lexicon.frequency(tail) >= MIN_COMPOUND_PART_FREQUENCY) {
                return true;
            }
        }
        return false;
    }
}
