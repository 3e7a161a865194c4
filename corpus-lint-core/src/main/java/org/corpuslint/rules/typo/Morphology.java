package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Regular English inflections and derivations of known words that the spelling dictionary
 * lacks ({@code headlined} from the noun {@code headline}, {@code fundraisers},
 * {@code unrepentantly}): the word is taken apart by the spelling rules of its suffix (a final
 * e dropped, a consonant doubled, y turned to i) and the stem must be a word whose part of
 * speech takes that suffix, by LanguageTool's English tagger dictionary ({@code english.dict},
 * Penn tags). Thread-safe: one lookup per thread over the shared dictionary.
 */
final class Morphology {

    private static final String TAGGER = "/org/languagetool/resource/en/english.dict";
    /** Shorter stems make too many readings ({@code beng} is no be + ng). */
    private static final int MIN_STEM = 4;

    /** A suffix and the parts of speech (Penn tags) its stem may have. */
    private record Suffix(String ending, List<String> stemTags) {}

    private static final List<String> NOUN_VERB_ADJECTIVE = List.of("NN", "VB", "JJ");
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("ed", NOUN_VERB_ADJECTIVE), new Suffix("ing", NOUN_VERB_ADJECTIVE),
            new Suffix("ings", NOUN_VERB_ADJECTIVE), new Suffix("er", List.of("VB", "NN")),
            new Suffix("ers", List.of("VB", "NN")), new Suffix("s", List.of("NN", "VB")),
            new Suffix("es", List.of("NN", "VB")), new Suffix("ly", List.of("JJ", "VBN", "VBG")),
            new Suffix("ness", List.of("JJ", "VBN")), new Suffix("less", List.of("NN")),
            new Suffix("ful", List.of("NN")), new Suffix("ish", List.of("NN", "JJ")),
            new Suffix("ism", List.of("NN", "JJ")), new Suffix("ist", List.of("NN", "JJ")),
            new Suffix("ists", List.of("NN", "JJ")), new Suffix("able", List.of("VB")),
            new Suffix("ise", List.of("NN", "JJ")), new Suffix("ize", List.of("NN", "JJ")),
            new Suffix("ised", List.of("NN", "JJ")), new Suffix("ized", List.of("NN", "JJ")),
            new Suffix("ising", List.of("NN", "JJ")), new Suffix("izing", List.of("NN", "JJ")),
            new Suffix("ment", List.of("VB")), new Suffix("ments", List.of("VB")),
            new Suffix("y", List.of("NN")), new Suffix("al", List.of("VB")),
            new Suffix("ian", List.of("NN")), new Suffix("ians", List.of("NN")));

    /** Words of quantity the tagger also reads as adjectives, which no suffix follows. */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("most", "more",
            "much", "many", "less", "least", "few", "fewer", "each", "every", "such", "some",
            "other", "both", "either", "neither", "enough", "several", "only");

    private static volatile Dictionary dictionary;
    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary()));

    private Morphology() {}

    /** True when lower-case {@code word} is a regular form of a word the tagger knows. */
    static boolean isFormOfKnownWord(String word, Lexicon lexicon) {
        return !stemsOfForm(word, lexicon, true).isEmpty();
    }

    /**
     * The known words lower-case {@code word} is a regular form of ({@code influent} for
     * {@code influented}); empty when it is none.
     */
    static List<String> stemsOfForm(String word, Lexicon lexicon) {
        return stemsOfForm(word, lexicon, false);
    }

    private static List<String> stemsOfForm(String word, Lexicon lexicon, boolean firstOnly) {
        List<String> found = new java.util.ArrayList<>(1);
        for (Suffix suffix : SUFFIXES) {
            if (!word.endsWith(suffix.ending())) {
                continue;
            }
            String bare = word.substring(0, word.length() - suffix.ending().length());
            if (keptSilentE(bare, suffix.ending()) || !pluralFits(bare, suffix.ending())) {
                continue; // rateing: English drops the e before a vowel; lastes, boxs
            }
            for (String stem : stems(bare, suffix.ending())) {
                if (stem.length() >= MIN_STEM && lexicon.isKnown(stem)
                        && !FunctionWords.contains(stem) && !QUANTIFIERS.contains(stem)
                        && hasTag(stem, suffix.stemTags()) && !found.contains(stem)) {
                    found.add(stem);
                    if (firstOnly) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** True when {@code ending} may follow {@code bare} by English spelling (not lastes, rateing). */
    static boolean spellingFits(String bare, String ending) {
        return !keptSilentE(bare, ending) && pluralFits(bare, ending);
    }

    /** A reading of a word by the tagger: the lemma it is a form of, and its Penn tag. */
    record Reading(String lemma, String tag) {}

    /** The tagger's readings of lower-case {@code word}; empty for a word it does not know. */
    static List<Reading> readings(String word) {
        List<Reading> found = new java.util.ArrayList<>();
        for (WordData reading : LOOKUP.get().lookup(word)) {
            // The lookup reuses its WordData: copy out what is needed.
            CharSequence tag = reading.getTag();
            CharSequence lemma = reading.getStem();
            if (tag != null && lemma != null) {
                found.add(new Reading(lemma.toString(), tag.toString()));
            }
        }
        return found;
    }

    /** A silent final e kept before a suffix that starts with a vowel (not agreeing, dyeing). */
    private static boolean keptSilentE(String bare, String ending) {
        int n = bare.length();
        return n >= 2 && bare.charAt(n - 1) == 'e' && "aeiouy".indexOf(bare.charAt(n - 2)) < 0
                && "aeiouy".indexOf(ending.charAt(0)) >= 0;
    }

    /** Plural -es follows a hissing sound or an o (taxes, heroes); a plain -s never does. */
    private static boolean pluralFits(String bare, String ending) {
        boolean hissing = bare.endsWith("s") || bare.endsWith("x") || bare.endsWith("z")
                || bare.endsWith("ch") || bare.endsWith("sh");
        return switch (ending) {
            case "es" -> hissing || bare.endsWith("o") || bare.endsWith("i");
            case "s" -> !hissing;
            default -> true;
        };
    }

    /**
     * The stem as written and, before a suffix that starts with a vowel, with its final e
     * restored or its doubled consonant single; i as y before any suffix (tidied, happily).
     */
    static List<String> stems(String bare, String ending) {
        int n = bare.length();
        if (n < 2) {
            return List.of();
        }
        String y = bare.endsWith("i") ? bare.substring(0, n - 1) + "y" : bare;
        if ("aeiouy".indexOf(ending.charAt(0)) < 0) {
            return List.of(bare, y);
        }
        String undoubled = bare.charAt(n - 1) == bare.charAt(n - 2)
                && "aeiou".indexOf(bare.charAt(n - 1)) < 0 ? bare.substring(0, n - 1) : bare;
        return List.of(bare, bare + "e", undoubled, y);
    }

    private static boolean hasTag(String stem, List<String> tags) {
        List<WordData> readings = LOOKUP.get().lookup(stem.toLowerCase(Locale.ROOT));
        for (WordData reading : readings) {
            CharSequence tag = reading.getTag();
            if (tag == null) {
                continue;
            }
            // The plain tag only: a superlative (most, JJS) or a proper noun (NNP) takes no
            // such suffix.
            String t = tag.toString();
            for (String prefix : tags) {
                if (t.equals(prefix) || (prefix.equals("NN") && t.startsWith("NN:"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (Morphology.class) {
                if (dictionary == null) {
                    dictionary = PosDictionary.read(TAGGER, "tagger dictionary");
                }
                d = dictionary;
            }
        }
        return d;
    }
}
