package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.TermStats;

/**
 * The words of the corpus in their {@linkplain WordForm#base base form}, with how often and in
 * how many documents each occurs, and an index that finds the attested words within one or
 * two edits of a word (a deletion index: each corpus word is filed under itself and every
 * string one deletion shorter; a query looks up its own deletions up to its edit budget), so
 * that finding variants costs a few hash look-ups per unknown word. Two substitutions are out
 * of its reach; one or two deletions, insertions and transpositions, and one substitution, are
 * found.
 */
final class CorpusWords {

    /** Words this long or longer may be two edits from what was meant. */
    static final int TWO_EDITS_FROM_LENGTH = 8;
    private static final int MIN_INDEXED_LENGTH = 3;
    /** Evidence query names ({@link EvidenceLog}). */
    static final String OCCURRENCES = TypoRule.ID + ".occurrences";
    static final String DOCUMENTS = TypoRule.ID + ".documents";
    static final String VARIANTS = TypoRule.ID + ".variants";

    private final WordTable table;
    private final DeletionIndex byDeletion;

    CorpusWords(CorpusProfile profile) {
        Map<String, long[]> stats = new HashMap<>();
        for (Map.Entry<String, TermStats> entry : profile.words().entrySet()) {
            String base = WordForm.base(entry.getKey());
            long[] s = stats.computeIfAbsent(base, k -> new long[2]);
            s[0] += entry.getValue().occurrences();
            s[1] += entry.getValue().documents();
        }
        // Read per distinct word of every document: one table, not a map of boxed counts.
        List<String> words = new ArrayList<>(stats.keySet());
        long[] occurrences = new long[words.size()];
        long[] documents = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            long[] s = stats.get(words.get(i));
            occurrences[i] = s[0];
            documents[i] = s[1];
        }
        table = new WordTable(words, occurrences, documents);
        boolean[] filed = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            filed[i] = word.length() >= MIN_INDEXED_LENGTH && !WordForm.tooLong(word)
                    && !WordForm.hasDigit(word);
        }
        byDeletion = new DeletionIndex(table.words(), filed);
    }

    static int maxEdits(String word) {
        return word.length() >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
    }

    /** Every word of the corpus, in base form. */
    List<String> words() {
        return table.words();
    }

    /** The corpus's words with their counts, and room for what is learnt of each. */
    WordTable table() {
        return table;
    }

    /** Occurrences of {@code base} in the corpus, possessives included. */
    long occurrences(String base) {
        int record = table.find(base);
        long answer = record < 0 ? 0 : table.occurrences(record);
        EvidenceLog.note(OCCURRENCES, base, answer);
        return answer;
    }

    /** Occurrences of lower-case {@code word} in lower case or capitalised (a sentence's start). */
    long occurrencesInEitherCase(String word) {
        return occurrences(word) + occurrences(WordForm.capitalize(word));
    }

    /** Number of documents using {@code base} (an upper bound when it also occurs as a possessive). */
    long documents(String base) {
        int record = table.find(base);
        long answer = record < 0 ? 0 : table.documents(record);
        EvidenceLog.note(DOCUMENTS, base, answer);
        return answer;
    }

    /** Attested words other than {@code word} within its edit budget, ignoring case. */
    List<String> variantsOf(String word) {
        List<String> found = EvidenceLog.quietly(() -> findVariants(word));
        EvidenceLog.note(VARIANTS, word, found);
        return found;
    }

    private List<String> findVariants(String word) {
        if (WordForm.tooLong(word)) {
            return List.of();
        }
        int max = maxEdits(word);
        Set<String> found = new LinkedHashSet<>();
        for (String key : deletions(word.toLowerCase(Locale.ROOT), max)) {
            for (String candidate : byDeletion.filedUnder(key)) {
                int allowed = Math.min(max, maxEdits(candidate));
                if (!candidate.equalsIgnoreCase(word) && !found.contains(candidate)
                        && EditDistance.distance(word, candidate, allowed) <= allowed) {
                    found.add(candidate);
                }
            }
        }
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return sorted;
    }

    private static Collection<String> deletions(String word, int max) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        List<String> frontier = List.of(word);
        for (int d = 0; d < max; d++) {
            List<String> next = new ArrayList<>();
            for (String w : frontier) {
                // w without letter i, copied once (not two substrings and their concatenation)
                char[] letters = w.toCharArray();
                char[] shorter = new char[Math.max(0, letters.length - 1)];
                for (int i = 0; i < letters.length; i++) {
                    System.arraycopy(letters, 0, shorter, 0, i);
                    System.arraycopy(letters, i + 1, shorter, i, letters.length - i - 1);
                    String deleted = new String(shorter);
                    if (out.add(deleted)) {
                        next.add(deleted);
                    }
                }
            }
            frontier = next;
        }
        return out;
    }
}
