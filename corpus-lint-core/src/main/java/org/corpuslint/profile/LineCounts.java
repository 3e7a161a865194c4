package org.corpuslint.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.text.LineKey;

/**
 * In how many documents and in how many distinct stories ({@link StoryKey}: copies of one
 * article count once) each short line occurs, overall and per outlet folder. Sums and bounded
 * sets of the smallest story keys, so merging does not depend on the split.
 */
public final class LineCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** Lines longer than this are prose, never counted as repeated page chrome. */
    public static final int MAX_COUNTED_LINE_LENGTH = 500;

    /** The statistic, for a rule's metadata. */
    public static final CorpusStatistic<LineCounts> STATISTIC = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "line recurrence";
        }

        @Override
        public LineCounts empty() {
            return new LineCounts();
        }

        @Override
        public void add(LineCounts counts, Document document) {
            counts.add(document);
        }

        @Override
        public void merge(LineCounts into, LineCounts from) {
            mergeLines(into.lines, from.lines);
            from.linesByOutlet.forEach((outlet, theirs) -> mergeLines(
                    into.linesByOutlet.computeIfAbsent(outlet, k -> new HashMap<>()), theirs));
        }
    };

    private final Map<Long, LineRecurrence> lines;
    private final Map<String, Map<Long, LineRecurrence>> linesByOutlet = new HashMap<>();

    private LineCounts() {
        lines = new HashMap<>();
    }

    /**
     * Empty counts with room for {@code lines} lines and, per outlet, the lines given: filled
     * from exact counts ({@link ExactStatistics}) without growing the tables again and again.
     */
    static LineCounts sized(int lines, Map<String, Integer> linesPerOutlet) {
        LineCounts counts = new LineCounts(lines);
        linesPerOutlet.forEach((outlet, n) -> counts.linesByOutlet.put(outlet,
                new HashMap<>(capacity(n))));
        return counts;
    }

    private LineCounts(int lines) {
        this.lines = new HashMap<>(capacity(lines));
    }

    private static int capacity(int entries) {
        return (int) Math.min(1 << 30, entries / 0.75 + 1);
    }

    private void add(Document document) {
        Set<Long> seen = new HashSet<>();
        for (int line = 1; line <= document.lineCount(); line++) {
            int length = document.lineMap().lineContentEnd(line) - document.lineMap().lineStart(line);
            if (length > MAX_COUNTED_LINE_LENGTH) {
                continue;
            }
            String text = document.line(line);
            if (!text.isBlank()) {
                seen.add(LineKey.of(text));
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        long story = StoryKey.of(document);
        Map<Long, LineRecurrence> outletLines =
                linesByOutlet.computeIfAbsent(document.outlet(), k -> new HashMap<>());
        for (Long key : seen) {
            lines.computeIfAbsent(key, k -> new LineRecurrence()).add(story);
            outletLines.computeIfAbsent(key, k -> new LineRecurrence()).add(story);
        }
    }

    private static void mergeLines(Map<Long, LineRecurrence> into,
            Map<Long, LineRecurrence> from) {
        from.forEach((key, recurrence) ->
                into.computeIfAbsent(key, k -> new LineRecurrence()).merge(recurrence));
    }

    /** The keys of the lines counted (one document's, for {@link ExactStatistics}). */
    java.util.Set<Long> lineKeys() {
        return lines.keySet();
    }

    /** Counts {@code copies} documents of {@code outlet} telling {@code story} holding a line. */
    void addCopies(long lineKey, String outlet, long story, int copies) {
        lines.computeIfAbsent(lineKey, k -> new LineRecurrence()).addCopies(story, copies);
        linesByOutlet.computeIfAbsent(outlet, k -> new HashMap<>())
                .computeIfAbsent(lineKey, k -> new LineRecurrence()).addCopies(story, copies);
    }

    /** How often the line with {@code lineKey} recurs in the corpus, or {@code null}. */
    LineRecurrence recurrence(long lineKey) {
        return lines.get(lineKey);
    }

    /** The same within one outlet folder. */
    LineRecurrence recurrence(String outlet, long lineKey) {
        return linesByOutlet.getOrDefault(outlet, Map.of()).get(lineKey);
    }
}
