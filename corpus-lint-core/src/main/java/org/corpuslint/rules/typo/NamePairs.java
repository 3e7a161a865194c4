package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.TermStats;

/**
 * The multi-word names of the corpus: for each capitalised word, the words it forms a name with
 * at least twice ({@code Gordon} → {@code Brown}), so that "Gordon Crown" can be checked
 * against them without searching the whole vocabulary.
 */
final class NamePairs {

    static final int MIN_PAIR_USES = 2;
    /** Evidence query name ({@link EvidenceLog}): key {@code side:word}. */
    static final String PARTNERS = TypoRule.ID + ".partners";

    private final Map<String, List<String>> followers = new HashMap<>();
    private final Map<String, List<String>> leaders = new HashMap<>();
    private volatile WordTable marked;

    NamePairs(CorpusProfile profile) {
        for (Map.Entry<String, TermStats> pair : profile.capitalizedPairs().entrySet()) {
            if (pair.getValue().occurrences() < MIN_PAIR_USES) {
                continue;
            }
            String key = pair.getKey();
            int space = key.indexOf(' ');
            String first = WordForm.base(key.substring(0, space));
            String second = WordForm.base(key.substring(space + 1));
            followers.computeIfAbsent(first, k -> new ArrayList<>(2)).add(second);
            leaders.computeIfAbsent(second, k -> new ArrayList<>(2)).add(first);
        }
        followers.values().forEach(l -> l.sort(null));
        leaders.values().forEach(l -> l.sort(null));
    }

    /**
     * Marks in {@code table} the words that start or end a repeated name, so that a word with no
     * partner on one side is told by its record ({@link #mayHavePartners}).
     */
    void markIn(WordTable table) {
        followers.keySet().forEach(w -> mark(table, w, WordTable.LEADS_PAIR));
        leaders.keySet().forEach(w -> mark(table, w, WordTable.ENDS_PAIR));
        marked = table;
    }

    private static void mark(WordTable table, String word, int bit) {
        int record = table.find(word);
        if (record >= 0) {
            table.addFacts(record, bit);
        }
    }

    /**
     * False only when the word whose record in the marked table is {@code record} has no
     * partner on {@code side}: {@link #partners} would give none. Not recorded as evidence.
     */
    boolean mayHavePartners(WordTable table, int record, int side) {
        if (table != marked || record < 0) {
            return true;
        }
        // Every word with partners that the table holds was marked when the table was.
        int bit = side > 0 ? WordTable.LEADS_PAIR : WordTable.ENDS_PAIR;
        return (table.facts(record) & bit) != 0;
    }

    /**
     * The words that stand after {@code word} in a repeated name ({@code side} 1), or before it
     * ({@code side} -1).
     */
    List<String> partners(String word, int side) {
        List<String> found = (side > 0 ? followers : leaders).getOrDefault(word, List.of());
        EvidenceLog.note(PARTNERS, side + ":" + word, found);
        return found;
    }
}
