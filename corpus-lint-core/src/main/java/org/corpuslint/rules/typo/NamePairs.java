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
     * The words that stand after {@code word} in a repeated name ({@code side} 1), or before it
     * ({@code side} -1).
     */
    List<String> partners(String word, int side) {
        List<String> found = (side > 0 ? followers : leaders).getOrDefault(word, List.of());
        EvidenceLog.note(PARTNERS, side + ":" + word, found);
        return found;
    }
}
