package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;

/**
 * A word spelt by ear is spelt as it sounds: English writes one sound with several letters or
 * groups of letters ({@code k}, {@code c}, {@code ck}, the {@code ch} of {@code sch}; {@code f}
 * and {@code ph}; a silent {@code gh} after a vowel, a silent {@code g} before a final
 * {@code n}; a {@code w} or {@code y} that closes a vowel), and a writer who knows the sound but
 * not the spelling picks another of them ({@code skools}, {@code forien}, {@code gowing}). Two
 * words with the same {@link #key} sound alike, whatever their letters; the common word of the
 * corpus that sounds like the written word is its reading, over a reading one slip of the keys
 * away that sounds otherwise ({@code gowing}: going, not growing) or that the corpus never
 * writes ({@code skools}: schools, not skols). The consonant key of {@link SameConsonants}
 * is the written letters; this one is the sounds they spell.
 */
final class SpeltAsItSounds {

    /** Where one vowel or more stands in a {@link #key}. */
    private static final char VOWELS = '*';
    /** The sound written sh, and ci, ti or si before a vowel. */
    private static final char SH = '$';

    private SpeltAsItSounds() {}

    /**
     * The first sound, then the consonant sounds in order with a mark where vowels stand between
     * them, as {@link SameConsonants#key} does for letters: {@code schools} and {@code skools}
     * are both {@code sk*ls}, {@code traffic} and {@code trafic} {@code tr*f*k},
     * {@code foreign} and {@code forien} {@code f*r*n}, {@code going} and {@code gowing}
     * {@code g*ng}.
     */
    static String key(String word) {
        String w = sounds(word);
        int end = w.length() > 3 && w.endsWith("e") ? w.length() - 1 : w.length();
        StringBuilder key = new StringBuilder(end);
        key.append(w.charAt(0));
        for (int k = 1; k < end; k++) {
            char c = w.charAt(k);
            if (isVowel(c)) {
                if (key.charAt(key.length() - 1) != VOWELS) {
                    key.append(VOWELS);
                }
            } else if (c != w.charAt(k - 1)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * {@code word} with each group of letters that spells one consonant sound written as one
     * letter for it, and the letters that spell none (a silent {@code gh} or {@code g}, a
     * {@code w} or {@code y} closing a vowel) written as a vowel or left out.
     */
    private static String sounds(String word) {
        // Written into an array, not a StringBuilder: every append site of a builder brings its
        // own copy of the builder's growth and coder checks into the compiled method.
        int n = word.length();
        char[] out = new char[2 * n]; // x is the one letter written as two
        int length = 0;
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            char next = k + 1 < n ? word.charAt(k + 1) : 0;
            char previous = k > 0 ? word.charAt(k - 1) : 0;
            if (k == 0 && (c == 'k' || c == 'g') && next == 'n') {
                continue; // knee, gnome: the first letter is silent
            }
            if (k == 0 && c == 'w' && (next == 'r' || next == 'h')) {
                if (next == 'h') {
                    out[length++] = 'w';
                    k++;
                }
                continue; // write, where: one sound
            }
            if (k > 0 && c == 'w' && next == 'r' && !isVowel(previous)) {
                continue; // playwright, awkward aside: a w before r is silent after a consonant
            }
            if (k > 0 && (c == 'c' || c == 't' || c == 's') && next == 'i' && k + 2 < n
                    && isVowel(word.charAt(k + 2)) && isVowel(previous)) {
                out[length++] = SH;
                k++; // special, nation, mansion: ci, ti, si before a vowel sound sh
                continue;
            }
            if (c == 's' && next == 'h') {
                out[length++] = SH;
                k++; // one sound, two letters
                continue;
            }
            switch (c) {
                case 'c' -> {
                    if (next == 'k') {
                        out[length++] = 'k';
                        k++;
                    } else if (next == 'h' && previous == 's') {
                        out[length++] = 'k'; // school, schedule
                        k++;
                    } else if (next == 'h') {
                        out[length++] = 'c';
                        out[length++] = 'h';
                        k++;
                    } else {
                        out[length++] = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                    }
                }
                case 'q' -> out[length++] = 'k';
                case 'x' -> {
                    out[length++] = 'k';
                    out[length++] = 's';
                }
                case 'p' -> {
                    if (next == 'h') {
                        out[length++] = 'f';
                        k++;
                    } else {
                        out[length++] = 'p';
                    }
                }
                case 'g' -> {
                    if (next == 'h' && isVowel(previous)) {
                        k++; // though, thorough: silent after a vowel
                    } else if (next == 'n' && k + 2 == n && isVowel(previous)) {
                        continue; // foreign, campaign: the g is silent before a final n
                    } else {
                        out[length++] = 'g';
                    }
                }
                case 'w', 'y' -> out[length++] = k > 0 && isVowel(previous) ? 'a' : c;
                default -> out[length++] = c;
            }
        }
        return length == 0 ? word : new String(out, 0, length);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * The common word of the corpus {@code word} is spelt by ear for, over {@code slip} (the
     * likeliest dictionary word one slip away, or null when there is none): the one common
     * lower-case word of the corpus that sounds like it and is two edits from it or fewer,
     * used {@code dominanceRatio} times as often as any other that does. A slip that the
     * article uses stays; so does one that sounds like the written word itself, unless the
     * corpus never writes it; one that sounds otherwise gives way to a word the corpus uses as
     * often. A consonant struck twice ({@code sitt}) or two keys swapped keep
     * every letter of the slip's reading: no ear was needed.
     */
    static Optional<String> reading(String word, Candidate slip, DocumentWords doc,
            Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minLowerCaseLength()) {
            return Optional.empty();
        }
        Optional<String> dominant = SameConsonants.dominantReading(lexicon.commonWordsSoundingAs(word),
                lexicon.corpus(), t);
        if (dominant.isEmpty()) {
            return Optional.empty();
        }
        String meant = dominant.get();
        long uses = lexicon.corpus().occurrences(meant);
        if (slip == null) {
            return Optional.of(meant);
        }
        boolean consonantStruckTwice = slip.kind() == EditDistance.Kind.DOUBLING
                && word.length() > slip.word().length()
                && !isVowel(word.charAt(EditDistance.firstDifference(word, slip.word())));
        // A vowel for another or a silent e added (tham: them) the slips' ranking already hears.
        if (slip.word().equals(meant) || LowerCaseSlips.soundsAlike(word, meant)
                || consonantStruckTwice
                || slip.kind() == EditDistance.Kind.TRANSPOSITION
                || doc.count(slip.word()) > 0 || doc.count(WordForm.capitalize(slip.word())) > 0) {
            return Optional.empty();
        }
        if (key(slip.word()).equals(key(word))) {
            // The keys and the ear agree on the slip's reading: it stays, unless the corpus
            // never writes it (skols).
            return slip.corpusOccurrences() == 0 ? Optional.of(meant) : Optional.empty();
        }
        return uses >= slip.corpusOccurrences() ? Optional.of(meant) : Optional.empty();
    }

    /**
     * The common word of the corpus a long non-word with no reading one slip away is spelt
     * wholly by ear for ({@code speshil}: special): the one that sounds the same, with its first
     * letter, up to three edits away (spelling by ear changes a letter for each sound it
     * respells, where a slip of the keys changes one or two), used {@code dominanceRatio} times
     * as often as any other word that sounds so. Words of {@code minUnsuggestedLength} letters
     * or more: a shorter word sounds like too many.
     */
    static Optional<String> farReading(String word, Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minUnsuggestedLength()) {
            return Optional.empty();
        }
        return SameConsonants.dominantReading(lexicon.commonWordsSoundingAs(word, 3),
                lexicon.corpus(), t);
    }

    /**
     * True when a frequent dictionary word one slip from lower-case {@code word} sounds exactly
     * as it ({@code playright}: playwright, its w silent): a word that also reads as two words
     * run together is that word spelt by ear, not a compound.
     */
    static boolean soundsAsAWordOneSlipAway(String word, Lexicon lexicon, TypoThresholds t) {
        String sound = key(word);
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && c.distance() == 1 && WordForm.isLowerCase(c.word())
                    && lexicon.frequency(c.word()) >= t.commonFrequency()
                    && key(c.word()).equals(sound)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The common word of the corpus a three-letter non-word is spelt by ear for ({@code ses}:
     * says, {@code gud}: good): the one that sounds as it is written, two edits away (a slip
     * of the keys one edit away is no spelling by ear, and three letters are one slip from too
     * many words to choose), written {@code dominanceRatio} times as often as any other word
     * that sounds so and as any of the word's one-slip {@code readings}. The word itself is
     * written once in the corpus and has a vowel: an abbreviation is written again, or has none.
     */
    static Optional<String> readingOfThreeLetters(String word, List<Candidate> readings,
            Lexicon lexicon, TypoThresholds t) {
        CorpusWords corpus = lexicon.corpus();
        if (word.chars().noneMatch(c -> isVowel((char) c)) || corpus.occurrences(word) > 1) {
            return Optional.empty();
        }
        Optional<String> dominant = SameConsonants.dominantReading(
                lexicon.commonWordsSoundingAs(word), corpus, t);
        if (dominant.isEmpty() || EditDistance.distance(word, dominant.get(), 1) <= 1) {
            return Optional.empty();
        }
        long uses = corpus.occurrences(dominant.get());
        for (Candidate c : readings) {
            if (uses < (long) t.dominanceRatio() * Math.max(1, c.corpusOccurrences())) {
                return Optional.empty();
            }
        }
        return dominant;
    }
}
