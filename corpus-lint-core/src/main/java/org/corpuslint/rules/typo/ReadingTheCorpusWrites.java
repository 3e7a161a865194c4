package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writers misspell the words they use, and the articles of one corpus use the same words. When
 * every dictionary word one slip away from a lower-case non-word is a word no article of the
 * corpus writes ({@code pennal}: penal; {@code prity}: parity, purity), while a word with the
 * same consonants in the same order, two edits away, is written in several ({@code pretty},
 * {@code funeral}), that word is the likelier reading: a writer who spells by ear keeps the
 * consonants and loses the vowels or a doubled letter ({@code funrel}: funeral, not funnel).
 * {@link SameConsonants} asks the same of the corpus's common words (ten uses and more, and
 * the vowels where they stand); this reading asks less of the corpus and more of the slips:
 * none of them may be a word the corpus or the article writes.
 */
final class ReadingTheCorpusWrites {

    private ReadingTheCorpusWrites() {}

    /**
     * The word {@code word} was meant to be, over its one-slip {@code readings}, when none of
     * those is written in the corpus or in {@code doc} and one lower-case dictionary word with
     * its first letter and its {@link #consonants}, two edits away, is written in the corpus
     * {@code consistentOccurrences} times or more and {@code dominanceRatio} times as often as
     * any other such word.
     */
    static Optional<String> reading(String word, List<Candidate> readings, DocumentWords doc,
            Lexicon lexicon, TypoThresholds t) {
        // Four letters are two edits from too many words for their consonants to choose.
        if (word.length() <= t.shortWord() || readings.isEmpty()) {
            return Optional.empty();
        }
        for (Candidate c : readings) {
            if (c.corpusOccurrences() > 0 || doc.count(c.word()) > 0
                    || doc.count(WordForm.capitalize(c.word())) > 0) {
                return Optional.empty();
            }
        }
        String vowelsInPlace = SameConsonants.key(word);
        CorpusWords corpus = lexicon.corpus();
        List<String> written = new ArrayList<>();
        List<String> writtenWithVowelsInPlace = new ArrayList<>();
        for (String other : lexicon.writtenWordsWithConsonants(word, t.consistentOccurrences())) {
            // One edit away it is one of the slips' readings, which the corpus does not write.
            if (EditDistance.distance(word, other, 1) > 1) {
                written.add(other);
                if (SameConsonants.key(other).equals(vowelsInPlace)) {
                    writtenWithVowelsInPlace.add(other);
                }
            }
        }
        // A vowel where the written word has one (prity: pretty, not party) before a vowel
        // lost or added between consonants (funrel: funeral).
        List<String> heard = writtenWithVowelsInPlace.isEmpty() ? written
                : writtenWithVowelsInPlace;
        return SameConsonants.dominantReading(heard, corpus, t);
    }

    /**
     * The consonants of {@code word} in order, a consonant struck twice in a row kept once and
     * every vowel left out (a consonant said twice, {@code rerely}, is kept twice): {@code pennal} and {@code panel} are both {@code pnl},
     * {@code funrel} and {@code funeral} {@code fnrl}, {@code funnel} is {@code fnl}.
     */
    static String consonants(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if ("aeiou".indexOf(c) < 0 && (k == 0 || word.charAt(k - 1) != c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
