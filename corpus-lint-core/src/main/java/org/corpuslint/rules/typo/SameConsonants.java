package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;

/**
 * A word misspelt by ear keeps its consonants and where vowels stand, but not which vowels:
 * {@code agine} for again, {@code belding} for building, {@code prity} for pretty (a doubled
 * consonant heard once). When the dictionary words one slip away are words the corpus barely
 * uses and one common word of the corpus has the written word's first letter and consonants in
 * the same order, far more used than any other such word and than the slip's reading, that word
 * is the one meant.
 */
final class SameConsonants {

    /** Where one vowel or more stands in a {@link #key}. */
    private static final char VOWELS = '*';

    private SameConsonants() {}

    /**
     * The first letter, then the consonants in order with a mark where vowels stand between
     * them, a consonant struck twice in a row kept once and a silent final e left out:
     * {@code pretty} and {@code prity} are both {@code pr*ty}, {@code again} and {@code agine}
     * {@code ag*n}; {@code party} ({@code p*rty}) is another word.
     */
    static String key(String word) {
        int end = word.length() > 3 && word.endsWith("e") ? word.length() - 1 : word.length();
        StringBuilder key = new StringBuilder(end);
        key.append(word.charAt(0));
        for (int k = 1; k < end; k++) {
            char c = word.charAt(k);
            if ("aeiou".indexOf(c) >= 0) {
                if (key.charAt(key.length() - 1) != VOWELS) {
                    key.append(VOWELS);
                }
            } else if (c != word.charAt(k - 1)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * The common word with {@code word}'s consonants meant by it, when {@code slip} (the
     * likeliest dictionary word one slip away, or null when there is none) is not used in the
     * document and the corpus uses the common word {@code dominanceRatio} times as often as the
     * slip's reading and as any other word with the same consonants.
     */
    static Optional<String> reading(String word, Candidate slip, DocumentWords doc,
            Lexicon lexicon, TypoThresholds t) {
        if (word.length() < t.minLowerCaseLength()) {
            return Optional.empty();
        }
        Optional<String> dominant = SameConsonants.dominantReading(lexicon.commonWordsWithSameConsonants(word),
                lexicon.corpus(), t);
        if (dominant.isEmpty()) {
            return Optional.empty();
        }
        String meant = dominant.get();
        long uses = lexicon.corpus().occurrences(meant);
        if (slip != null) {
            // A key struck twice (sitt: sit) or two keys swapped keep every letter the reading
            // has: no ear was needed.
            boolean struckTwice = slip.kind() == EditDistance.Kind.DOUBLING
                    && word.length() > slip.word().length();
            if (slip.word().equals(meant) || struckTwice
                    || slip.kind() == EditDistance.Kind.TRANSPOSITION) {
                return Optional.empty();
            }
            boolean slipInDocument = doc.count(slip.word()) > 0
                    || doc.count(WordForm.capitalize(slip.word())) > 0;
            if (slipInDocument
                    || uses < (long) t.dominanceRatio() * Math.max(1, slip.corpusOccurrences())) {
                return Optional.empty();
            }
        }
        return Optional.of(meant);
    }

    /**
     * The first of the common words {@code heard} (most used first), when the corpus uses it
     * {@code dominanceRatio} times as often as the next: when several sound alike, the ear
     * decides nothing.
     */
    static Optional<String> dominantReading(List<String> heard, CorpusWords corpus,
            TypoThresholds t) {
        if (heard.isEmpty() || heard.size() > 1 && corpus.occurrences(heard.get(0))
                < (long) t.dominanceRatio() * corpus.occurrences(heard.get(1))) {
            return Optional.empty();
        }
        return Optional.of(heard.get(0));
    }

    /**
     * True when {@code word}, a regular formation, is one vowel away, inside the word, from a
     * common word of the corpus with the same consonants ({@code reguarded}: re- and guarded,
     * or regarded with a u heard after the g): a formation differs from its stem at its ends,
     * and writers misspell common words far more often than they coin new ones. Not when the
     * article uses a word that differs from it at its end ({@code raunch} beside raunchy):
     * the writer knows the family and chose this member of it.
     */
    static boolean vowelSlipOfCommonWord(String word, DocumentWords doc, Lexicon lexicon,
            TypoThresholds t) {
        if (word.length() < t.minLowerCaseLength()) {
            return false;
        }
        List<Candidate> candidates = lexicon.candidates(word, true);
        for (Candidate c : candidates) {
            String other = c.word();
            if ((other.startsWith(word) || word.startsWith(other)) && doc.count(other) > 0) {
                return false;
            }
        }
        String key = key(word);
        for (Candidate c : candidates) {
            String meant = c.word();
            if (c.known() && c.distance() == 1 && WordForm.isLowerCase(meant)
                    && !meant.startsWith(word) && !word.startsWith(meant)
                    && c.corpusOccurrences() > 0
                    && lexicon.frequency(meant) >= t.commonFrequency()
                    && key(meant).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
