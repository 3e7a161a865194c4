package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A word spelt by ear far from its letters keeps its consonant sounds: the writer of
 * {@code immidatly}, {@code artekal} or {@code detrumend} heard every consonant of immediately,
 * article and determined, in order, and guessed only the vowels (and which letter spells a
 * sound, k for c). The vowels are where such a word goes wrong, so a key of the consonant sounds
 * alone ({@link #of}) finds the word meant however many vowels moved, where the keys of
 * {@link SpeltAsItSounds} and {@link SameConsonants} mark every vowel's place and so miss a
 * vowel dropped or added between two consonants.
 *
 * <p>A technical, foreign or coined word the dictionary lacks ({@code nandrolone},
 * {@code latifundios}, {@code blogzine}) has its own consonants: it rarely has all the sounds of
 * a frequent English word and no other, but a short key is shared by too many words to tell
 * ({@code maloti}, a currency, has the three of multi and melt; {@code burqas} the four of
 * breaks): the key must have five sounds. Among the words of English word lists that
 * LanguageTool's dictionaries lack, one in seven with four sounds or more has the sounds of a
 * frequent word, one in eleven with five, most of them spelling variants (dependance).
 */
final class ConsonantSounds {

    /** Fewer sounds than this are shared by too many words to name one. */
    static final int MIN_SOUNDS = 5;
    /** A reading further than this is a different word, however alike it sounds. */
    private static final int MAX_EDITS = 4;
    /** Stands for a first sound that is a vowel (in, en, un are heard alike at the start). */
    private static final char VOWEL = '*';

    private ConsonantSounds() {}

    /**
     * The first sound, then the consonant sounds in order with no mark for the vowels between
     * them ({@link SpeltAsItSounds#key} with its vowel marks left out): {@code immidatly} and
     * {@code immediately} are both {@code *mdtl}. A y after the first letter is a vowel, an h
     * after it is silent or part of another consonant's spelling (th, gh, wh), and an m before
     * f or v is the n it sounds as there ({@code imfamus}, infamous).
     */
    static String of(String word) {
        String key = SpeltAsItSounds.key(word);
        StringBuilder sounds = new StringBuilder(key.length());
        char first = key.charAt(0);
        sounds.append("aeiou".indexOf(first) >= 0 ? VOWEL : first);
        for (int k = 1; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c == '*' || c == 'y' || c == 'h') {
                continue;
            }
            char next = k + 1 < key.length() ? key.charAt(k + 1) : 0;
            sounds.append(c == 'm' && (next == 'f' || next == 'v') ? 'n' : c);
        }
        return sounds.toString();
    }

    /**
     * The frequent word lower-case {@code word} is spelt by ear for: among the dictionary words
     * of LanguageTool's common frequency classes that the corpus writes, the one with the same
     * consonant sounds ({@link #of}, {@value #MIN_SOUNDS} or more), the same first letter (or a
     * vowel for a vowel), and fewest edits away, at most {@value #MAX_EDITS}; none when two are
     * that near.
     */
    static Optional<String> reading(String word, Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minUnsuggestedLength() || of(word).length() < MIN_SOUNDS) {
            return Optional.empty();
        }
        List<String> closest = new ArrayList<>();
        int fewest = MAX_EDITS + 1;
        for (String other : lexicon.writtenWordsWithConsonantSounds(word, t.commonFrequency())) {
            if (other.equals(word) || !sameStart(word, other)
                    || Math.abs(other.length() - word.length()) > MAX_EDITS - 1) {
                continue;
            }
            int edits = EditDistance.distance(word, other, MAX_EDITS);
            if (edits < fewest) {
                fewest = edits;
                closest.clear();
            }
            if (edits == fewest && edits <= MAX_EDITS) {
                closest.add(other);
            }
        }
        return closest.size() == 1 ? Optional.of(closest.get(0)) : Optional.empty();
    }

    /** The same first letter, or a vowel for a vowel: a first vowel is heard rather than spelt. */
    private static boolean sameStart(String a, String b) {
        char x = a.charAt(0);
        char y = b.charAt(0);
        return x == y || ("aeiou".indexOf(x) >= 0 && "aeiou".indexOf(y) >= 0);
    }
}
