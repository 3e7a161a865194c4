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
    /**
     * Per word id of the marked table: the partners of a word marked as leading or ending a
     * pair, as {@link #partners} gives them; read by a document's records instead of a look-up
     * in the maps above, which are as large as the corpus's names.
     */
    private volatile List<String>[] followersById;
    private volatile List<String>[] leadersById;

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
        followersById = byId(table, followers, WordTable.LEADS_PAIR);
        leadersById = byId(table, leaders, WordTable.ENDS_PAIR);
        marked = table;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] byId(WordTable table, Map<String, List<String>> partners,
            int bit) {
        List<String>[] byId = new List[table.size()];
        partners.forEach((word, list) -> {
            int record = table.find(word);
            if (record >= 0) {
                table.addFacts(record, bit);
                byId[table.id(record)] = list;
            }
        });
        return byId;
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
     * {@link #partners} of the word whose record in {@code table} is {@code record}, read by its
     * id when the table is the marked one, without recording evidence: for runs that record
     * none. Empty when the word has no partner on that side.
     */
    List<String> partnersByRecord(String word, WordTable table, int record, int side) {
        if (table != marked || record < 0) {
            return partners(word, side);
        }
        List<String> found = (side > 0 ? followersById : leadersById)[table.id(record)];
        return found == null ? List.of() : found;
    }

    /**
     * The words that stand after {@code word} in a repeated name ({@code side} 1), or before it
     * ({@code side} -1).
     */
    List<String> partners(String word, int side) {
        List<String> found = (side > 0 ? followers : leaders).getOrDefault(word, List.of());
        if (EvidenceLog.recording()) { // the key is built only for a recording
            EvidenceLog.note(PARTNERS, side + ":" + word, found);
        }
        return found;
    }
}
