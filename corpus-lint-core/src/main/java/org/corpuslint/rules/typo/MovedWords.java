package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpuslint.profile.StatisticChanges;

/**
 * The corpus words whose counts moved in an incremental run, lower-case and in base form as
 * well, to tell which of the typo rule's recorded answers can have changed: those about a word
 * within two edits of a moved one. Beyond {@value #MOST} moved words every answer is asked
 * again, which then costs less than comparing.
 */
final class MovedWords {

    private static final int MOST = 500;
    private static volatile MovedWords last;

    private final StatisticChanges changes;
    private final List<String> words;

    private MovedWords(StatisticChanges changes) {
        this.changes = changes;
        Set<String> lower = new LinkedHashSet<>();
        for (String word : changes.words()) {
            lower.add(word.toLowerCase(Locale.ROOT));
            lower.add(WordForm.base(word).toLowerCase(Locale.ROOT));
        }
        this.words = lower.size() > MOST ? null : new ArrayList<>(lower);
    }

    /** The moved words of {@code changes}, worked out once per run. */
    static MovedWords of(StatisticChanges changes) {
        MovedWords known = last;
        if (known == null || known.changes != changes) {
            known = new MovedWords(changes);
            last = known;
        }
        return known;
    }

    /** Whether a moved word is within two edits of {@code word}, ignoring case. */
    boolean near(String word) {
        if (words == null) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String moved : words) {
            if (Math.abs(moved.length() - lower.length()) <= 2
                    && EditDistance.distance(lower, moved, 2) <= 2) {
                return true;
            }
        }
        return false;
    }
}
