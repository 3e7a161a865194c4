package org.corpuslint.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.corpuslint.document.Document;
import org.corpuslint.text.LineKey;

/**
 * In how many documents and in how many distinct stories ({@link StoryKey}: copies of one
 * article count once) each short line occurs, overall and per outlet folder. Sums and bounded
 * sets of the smallest story keys, so merging does not depend on the split; kept in primitive
 * {@link LineTable}s (the serialized form changed with them: version 2, and with their 31-bit
 * story keys: version 3).
 */
public final class LineCounts implements java.io.Serializable {

    /**
     * 2: the counts are {@link LineTable}s, no longer maps of {@link LineRecurrence}; 3: their
     * story keys are 31-bit {@link LineRecurrence#sketchKey}s.
     */
    private static final long serialVersionUID = 3L;


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

        /** The workers' tables would each hold every line recurring across the corpus. */
        @Override
        public boolean sharedByWorkers() {
            return true;
        }

        @Override
        public void merge(LineCounts into, LineCounts from) {
            if (into.source != null || from.source != null) {
                throw new IllegalStateException("line counts worked out on first use cannot"
                        + " be merged");
            }
            into.lines.merge(from.lines);
            from.linesByOutlet.forEach((outlet, theirs) ->
                    into.linesByOutlet.computeIfAbsent(outlet, k -> new LineTable())
                            .merge(theirs));
        }
    };

    private final LineTable lines = new LineTable();
    private final Map<String, LineTable> linesByOutlet = new HashMap<>();
    /**
     * Where the counts of a line come from when they are worked out on first use
     * ({@link #lazy}); {@code null} when every line is counted in the tables above.
     */
    private final transient Source source;
    private final transient Map<Long, LineRecurrence> lazyLines;
    private final transient Map<String, Map<Long, LineRecurrence>> lazyLinesByOutlet;

    /** Where a line's counts come from: exact counts ({@link ExactStatistics}). */
    @FunctionalInterface
    interface Source {
        /** In the corpus, or with {@code outlet} in one outlet; {@code null}: not held. */
        LineRecurrence recurrence(long lineKey, String outlet);
    }

    /** Stands for "no such line" in the tables of counts worked out on first use. */
    private static final LineRecurrence NONE = new LineRecurrence();

    private LineCounts() {
        this(null);
    }

    private LineCounts(Source source) {
        this.source = source;
        this.lazyLines = source == null ? null : new ConcurrentHashMap<>();
        this.lazyLinesByOutlet = source == null ? null : new ConcurrentHashMap<>();
    }

    /**
     * Counts whose lines are worked out from {@code source} when first asked for, once each:
     * an incremental run asks about the lines of the few documents it checks again, not about
     * the millions a corpus holds. Cannot be merged.
     */
    static LineCounts lazy(Source source) {
        return new LineCounts(source);
    }

    private void add(Document document) {
        Set<Long> seen = lineKeys(document);
        if (seen.isEmpty()) {
            return;
        }
        long story = StoryKey.of(document);
        // Workers share the counts (sharedByWorkers); keys and story are worked out unlocked.
        synchronized (this) {
            LineTable outletLines =
                    linesByOutlet.computeIfAbsent(document.outlet(), k -> new LineTable());
            for (Long key : seen) {
                lines.add(key, story);
                outletLines.add(key, story);
            }
        }
    }

    /** The keys of the lines of one document, counted as {@link #add} counts them. */
    static Set<Long> lineKeys(Document document) {
        Set<Long> seen = new HashSet<>();
        for (int line = 1; line <= document.lineCount(); line++) {
            int length = document.lineMap().lineContentEnd(line) - document.lineMap().lineStart(line);
            if (length <= MAX_COUNTED_LINE_LENGTH) {
                String text = document.line(line);
                if (!text.isBlank()) {
                    seen.add(LineKey.of(text));
                }
            }
        }
        return seen;
    }

    /** In how many documents the line with {@code lineKey} occurs. */
    int documents(long lineKey) {
        if (source != null) {
            LineRecurrence found = lazy(lineKey);
            return found == null ? 0 : found.documents();
        }
        return lines.documents(lineKey);
    }

    /** In how many distinct stories it occurs ({@link LineRecurrence#stories()}). */
    int stories(long lineKey) {
        if (source != null) {
            LineRecurrence found = lazy(lineKey);
            return found == null ? 0 : found.stories();
        }
        return lines.stories(lineKey);
    }

    /** {@link #documents(long)} within one outlet folder. */
    int documents(String outlet, long lineKey) {
        if (source != null) {
            LineRecurrence found = lazy(outlet, lineKey);
            return found == null ? 0 : found.documents();
        }
        LineTable table = linesByOutlet.get(outlet);
        return table == null ? 0 : table.documents(lineKey);
    }

    /** {@link #stories(long)} within one outlet folder. */
    int stories(String outlet, long lineKey) {
        if (source != null) {
            LineRecurrence found = lazy(outlet, lineKey);
            return found == null ? 0 : found.stories();
        }
        LineTable table = linesByOutlet.get(outlet);
        return table == null ? 0 : table.stories(lineKey);
    }

    private LineRecurrence lazy(long lineKey) {
        LineRecurrence found = lazyLines.computeIfAbsent(lineKey,
                k -> orNone(source.recurrence(k, null)));
        return found == NONE ? null : found;
    }

    private LineRecurrence lazy(String outlet, long lineKey) {
        LineRecurrence found = lazyLinesByOutlet
                .computeIfAbsent(outlet, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(lineKey, k -> orNone(source.recurrence(k, outlet)));
        return found == NONE ? null : found;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        if (source != null) {
            throw new java.io.NotSerializableException("line counts worked out on first use");
        }
        out.defaultWriteObject();
    }

    private static LineRecurrence orNone(LineRecurrence recurrence) {
        return recurrence == null ? NONE : recurrence;
    }
}
