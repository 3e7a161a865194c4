package org.corpuslint.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Picks, while documents pass by once, the ones the HTML report shows with their text (the
 * {@code embedLimit} with the most findings, ties to the first path) and the ones it lists by
 * path and counts (the next up to {@code listLimit} in all), counting the rest. It holds at most
 * {@code listLimit} paths, however many documents have findings.
 */
final class DocumentPicks {

    private record Doc(String key, int findings) {}

    /** The least worth showing first: fewest findings, then the last path. */
    private static final Comparator<Doc> WORTH = Comparator.comparingInt(Doc::findings)
            .thenComparing(Doc::key, Comparator.reverseOrder());

    private final int embedLimit;
    private final int listLimit;
    private final PriorityQueue<Doc> kept = new PriorityQueue<>(WORTH);
    private long documents;
    private long findings;
    private Set<String> embedded;
    private Set<String> listed;

    DocumentPicks(int embedLimit, int listLimit) {
        this.embedLimit = embedLimit;
        this.listLimit = Math.max(embedLimit, listLimit);
    }

    void offer(String key, int documentFindings) {
        documents++;
        findings += documentFindings;
        if (listLimit == 0) {
            return;
        }
        Doc doc = new Doc(key, documentFindings);
        if (kept.size() < listLimit) {
            kept.add(doc);
        } else if (WORTH.compare(doc, kept.peek()) > 0) {
            kept.poll();
            kept.add(doc);
        }
    }

    /** Documents with findings. */
    int documents() {
        return Math.toIntExact(documents);
    }

    Set<String> embedded() {
        pick();
        return embedded;
    }

    Set<String> listed() {
        pick();
        return listed;
    }

    /** Findings of the documents neither shown nor listed. */
    long unlistedFindings() {
        pick();
        return findings - kept.stream().mapToLong(Doc::findings).sum();
    }

    private void pick() {
        if (listed != null) {
            return;
        }
        List<Doc> best = kept.stream().sorted(WORTH.reversed()).toList();
        listed = new HashSet<>();
        embedded = new HashSet<>();
        for (int i = 0; i < best.size(); i++) {
            listed.add(best.get(i).key());
            if (i < embedLimit) {
                embedded.add(best.get(i).key());
            }
        }
    }
}
