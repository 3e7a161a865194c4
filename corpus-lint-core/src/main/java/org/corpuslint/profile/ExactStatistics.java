package org.corpuslint.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.io.ByteArrayDataInput;

/**
 * The built-in corpus statistics kept exactly, so that they can be subtracted as well as
 * merged: word and pair counts, for each line the documents per (outlet, story) rather than a
 * bounded sketch, and each document's duplicate signature by path. What an incremental run keeps
 * in its cache: the statistics of a part of the corpus that changed are taken out and counted
 * again, and {@link #toProfile} gives exactly the {@link CorpusProfile} a full pass counts.
 */
public final class ExactStatistics {

    private final boolean words;
    private final boolean lines;
    private final boolean signatures;
    /** Not final: written after everything else ({@link #write}), so read last. */
    private boolean wordPairs;
    private int documents;
    private final Map<String, int[]> outlets = new HashMap<>();
    // Not final: statistics read from a cache get tables of the size they need at once.
    private Map<String, long[]> wordCounts = new HashMap<>();
    private Map<String, long[]> pairCounts = new HashMap<>();
    /**
     * The pairs of adjacent words ({@link WordPairCounts}): per pair hash while few, the
     * sketch's counters beyond ({@link PairTally}); subtractable either way.
     */
    private PairTally wordPairCounts = new PairTally();
    /** By line key: the documents holding the line, per outlet and story. */
    private Map<Long, LineHolders> lineCounts = new HashMap<>();
    /**
     * In path order as read (written sorted), with the signatures counted since at the end:
     * nearly sorted, which the clustering's sort by path and the next write sort cheaply.
     */
    private Map<String, DocumentSignature> signatureByPath = new LinkedHashMap<>();

    private ExactStatistics(boolean words, boolean lines, boolean signatures,
            boolean wordPairs) {
        this.words = words;
        this.lines = lines;
        this.signatures = signatures;
        this.wordPairs = wordPairs;
    }

    /**
     * Empty statistics counting {@code statistics}, or {@code null} when one of them is not
     * built in (its accumulator cannot be subtracted).
     */
    public static ExactStatistics counting(Collection<? extends CorpusStatistic<?>> statistics) {
        for (CorpusStatistic<?> statistic : statistics) {
            if (!CorpusProfile.ALL_STATISTICS.contains(statistic)) {
                return null;
            }
        }
        return new ExactStatistics(statistics.contains(WordCounts.STATISTIC),
                statistics.contains(LineCounts.STATISTIC),
                statistics.contains(DuplicateSignatures.STATISTIC),
                statistics.contains(WordPairCounts.STATISTIC));
    }

    /** Empty statistics counting what these count. */
    public ExactStatistics emptyCopy() {
        return new ExactStatistics(words, lines, signatures, wordPairs);
    }

    /** Counts one document, as {@link CorpusProfile#add} does. */
    public void add(Document document) {
        documents++;
        outlets.computeIfAbsent(document.outlet(), k -> new int[1])[0]++;
        if (words) {
            WordCounts counts = WordCounts.STATISTIC.empty();
            WordCounts.STATISTIC.add(counts, document);
            counts.words().forEach((w, s) -> add(wordCounts, w, s.occurrences(), s.documents()));
            counts.capitalizedPairs().forEach(
                    (p, s) -> add(pairCounts, p, s.occurrences(), s.documents()));
        }
        if (lines) {
            java.util.Set<Long> keys = LineCounts.lineKeys(document);
            if (!keys.isEmpty()) {
                long story = StoryKey.of(document);
                String outlet = document.outlet();
                for (long key : keys) {
                    lineCounts.computeIfAbsent(key, k -> new LineHolders())
                            .add(outlet, story, 1);
                }
            }
        }
        if (signatures) {
            DocumentSignature signature = MinHashSignature.of(document);
            signatureByPath.put(signature.path(), signature);
        }
        if (wordPairs) {
            WordPairCounts.forEachPair(document.text(), pair -> wordPairCounts.add(pair, 1));
        }
    }

    private static void add(Map<String, long[]> into, String key, long occurrences,
            long docs) {
        long[] c = into.computeIfAbsent(key, k -> new long[2]);
        c[0] += occurrences;
        c[1] += docs;
        if (c[1] == 0) {
            into.remove(key);
        }
    }

    /** Adds everything {@code other} counted. */
    public void merge(ExactStatistics other) {
        combine(other, 1);
    }

    /** Takes out everything {@code other} counted, which these statistics must include. */
    public void subtract(ExactStatistics other) {
        combine(other, -1);
    }

    private void combine(ExactStatistics other, int sign) {
        documents += sign * other.documents;
        other.outlets.forEach((o, n) -> {
            int[] c = outlets.computeIfAbsent(o, k -> new int[1]);
            c[0] += sign * n[0];
            if (c[0] == 0) {
                outlets.remove(o);
            }
        });
        other.wordCounts.forEach((w, c) -> add(wordCounts, w, sign * c[0], sign * c[1]));
        other.pairCounts.forEach((p, c) -> add(pairCounts, p, sign * c[0], sign * c[1]));
        wordPairCounts.addAll(other.wordPairCounts, sign);
        other.lineCounts.forEach((line, theirs) -> {
            LineHolders mine = lineCounts.computeIfAbsent(line, k -> new LineHolders());
            theirs.forEach((outlet, story, n) -> mine.add(outlet, story, sign * n));
            if (mine.isEmpty()) {
                lineCounts.remove(line);
            }
        });
        if (sign > 0) {
            signatureByPath.putAll(other.signatureByPath);
        } else {
            other.signatureByPath.keySet().forEach(signatureByPath::remove);
        }
    }

    public int documentCount() {
        return documents;
    }

    /** Adds to {@code changes} every key these statistics count otherwise than {@code other}. */
    public void collectChanges(ExactStatistics other, StatisticChanges changes) {
        if (documents != other.documents) {
            changes.documents();
        }
        differing(outlets, other.outlets, (a, b) -> a[0] == b[0]).forEach(changes::outlet);
        differing(wordCounts, other.wordCounts, (a, b) -> a[0] == b[0] && a[1] == b[1])
                .forEach(changes::word);
        differing(pairCounts, other.pairCounts, (a, b) -> a[0] == b[0] && a[1] == b[1])
                .forEach(changes::pair);
        differing(lineCounts, other.lineCounts, LineHolders::sameAs).forEach(changes::line);
        signatureByPath.forEach((path, mine) -> {
            DocumentSignature theirs = other.signatureByPath.get(path);
            if (theirs == null || !sameSignature(mine, theirs)) {
                changes.signature(mine, theirs);
            }
        });
        other.signatureByPath.forEach((path, theirs) -> {
            if (!signatureByPath.containsKey(path)) {
                changes.signature(null, theirs);
            }
        });
    }

    private static boolean sameSignature(DocumentSignature a, DocumentSignature b) {
        return a.exactHash() == b.exactHash() && a.epochDay() == b.epochDay()
                && a.chromeLines() == b.chromeLines()
                && java.util.Arrays.equals(a.minHashes(), b.minHashes());
    }

    /** Every document's signature, in no particular order. Read-only. */
    java.util.Collection<DocumentSignature> signatureValues() {
        return java.util.Collections.unmodifiableCollection(signatureByPath.values());
    }

    private static <K, V> List<K> differing(Map<K, V> a, Map<K, V> b,
            java.util.function.BiPredicate<V, V> same) {
        List<K> keys = new ArrayList<>();
        a.forEach((k, v) -> {
            V o = b.get(k);
            if (o == null || !same.test(v, o)) {
                keys.add(k);
            }
        });
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** The words whose counts differ between these statistics and {@code other}. */
    public boolean sameWords(ExactStatistics other) {
        return sameCounts(wordCounts, other.wordCounts)
                && sameCounts(pairCounts, other.pairCounts)
                && wordPairCounts.sameAs(other.wordPairCounts);
    }

    private static boolean sameCounts(Map<String, long[]> a, Map<String, long[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, long[]> e : a.entrySet()) {
            long[] o = b.get(e.getKey());
            if (o == null || o[0] != e.getValue()[0] || o[1] != e.getValue()[1]) {
                return false;
            }
        }
        return true;
    }

    /** The profile a full pass over the same documents counts, with {@code statistics}. */
    public CorpusProfile toProfile(Collection<? extends CorpusStatistic<?>> statistics) {
        // Each statistic is built on its own thread: they share nothing.
        List<Object> built = statistics.parallelStream().map(this::accumulator).toList();
        Map<CorpusStatistic<?>, Object> accumulators = new LinkedHashMap<>();
        int i = 0;
        for (CorpusStatistic<?> statistic : statistics) {
            accumulators.put(statistic, built.get(i++));
        }
        Map<String, Integer> outletDocuments = new HashMap<>();
        outlets.forEach((o, n) -> outletDocuments.put(o, n[0]));
        return CorpusProfile.restored(documents, outletDocuments, accumulators, null);
    }

    private Object accumulator(CorpusStatistic<?> statistic) {
        if (statistic == WordCounts.STATISTIC) {
            WordCounts counts = WordCounts.STATISTIC.empty();
            wordCounts.forEach((w, c) -> counts.addWord(w, c[0], (int) c[1]));
            pairCounts.forEach((p, c) -> counts.addPair(p, c[0], (int) c[1]));
            return counts;
        } else if (statistic == LineCounts.STATISTIC) {
            // Worked out per line when asked: the lines of the documents checked again.
            Map<Long, LineHolders> holders = lineCounts;
            return LineCounts.lazy((line, outlet) -> {
                LineHolders held = holders.get(line);
                return held == null ? null : held.recurrence(outlet);
            });
        } else if (statistic == WordPairCounts.STATISTIC) {
            return wordPairCounts.toSketch();
        } else if (statistic == DuplicateSignatures.STATISTIC) {
            DuplicateSignatures all = DuplicateSignatures.STATISTIC.empty();
            signatureByPath.values().forEach(all::addSignature);
            return all;
        }
        throw new IllegalArgumentException("not a built-in statistic: " + statistic.name());
    }

    /** Writes these statistics. */
    public void write(DataOutput out) throws IOException {
        out.writeBoolean(words);
        out.writeBoolean(lines);
        out.writeBoolean(signatures);
        out.writeInt(documents);
        out.writeInt(outlets.size());
        for (Map.Entry<String, int[]> e : outlets.entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue()[0]);
        }
        writeCounts(out, wordCounts);
        writeCounts(out, pairCounts);
        int holders = 0;
        for (LineHolders held : lineCounts.values()) {
            holders += held.size();
        }
        out.writeInt(holders);
        IOException[] failed = {null};
        for (Map.Entry<Long, LineHolders> e : lineCounts.entrySet()) {
            long line = e.getKey();
            e.getValue().forEach((outlet, story, n) -> {
                try {
                    out.writeLong(line);
                    writeString(out, outlet);
                    out.writeLong(story);
                    out.writeInt(n);
                } catch (IOException x) {
                    failed[0] = x;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
        List<DocumentSignature> sorted = new ArrayList<>(signatureByPath.values());
        sorted.sort(java.util.Comparator.comparing(DocumentSignature::path));
        out.writeInt(sorted.size());
        for (DocumentSignature s : sorted) {
            writeString(out, s.path());
            out.writeLong(s.exactHash());
            out.writeLong(s.epochDay());
            out.writeInt(s.chromeLines());
            short[] h = s.minHashes();
            out.writeInt(h == null ? -1 : h.length);
            if (h != null) { // as writeShort of each, in one piece
                byte[] bytes = new byte[h.length * 2];
                for (int k = 0; k < h.length; k++) {
                    bytes[2 * k] = (byte) (h[k] >> 8);
                    bytes[2 * k + 1] = (byte) h[k];
                }
                out.write(bytes);
            }
        }
        // Last, so that a cache written before pairs were counted reads as damaged, not wrong.
        out.writeBoolean(wordPairs);
        wordPairCounts.write(out);
    }

    /** Reads statistics {@link #write} wrote. */
    public static ExactStatistics read(DataInput in) throws IOException {
        boolean words = in.readBoolean();
        boolean lines = in.readBoolean();
        boolean signatures = in.readBoolean();
        ExactStatistics s = new ExactStatistics(words, lines, signatures, false);
        s.documents = in.readInt();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            s.outlets.put(readString(in), new int[] {in.readInt()});
        }
        s.wordCounts = readCounts(in);
        s.pairCounts = readCounts(in);
        n = in.readInt();
        s.lineCounts = new HashMap<>(capacity(n));
        // One string per outlet, not per line: its hash is then worked out once.
        Map<String, String> outletNames = new HashMap<>();
        LineHolders held = null;
        long heldLine = 0;
        for (int i = 0; i < n; i++) {
            long line = in.readLong();
            String outlet = outletNames.computeIfAbsent(readString(in), k -> k);
            long story = in.readLong();
            if (held == null || line != heldLine) { // written line by line
                held = s.lineCounts.computeIfAbsent(line, k -> new LineHolders());
                heldLine = line;
            }
            held.add(outlet, story, in.readInt());
        }
        n = in.readInt();
        s.signatureByPath = new LinkedHashMap<>(capacity(n));
        for (int i = 0; i < n; i++) {
            String path = readString(in);
            long exact = in.readLong();
            long day = in.readLong();
            int chrome = in.readInt();
            int length = in.readInt();
            short[] h = null;
            if (length >= 0) {
                h = new short[length];
                for (int k = 0; k < length; k++) {
                    h[k] = in.readShort();
                }
            }
            s.signatureByPath.put(path, new DocumentSignature(path, exact, h, day, chrome));
        }
        s.wordPairs = in.readBoolean();
        s.wordPairCounts = PairTally.read(in);
        return s;
    }

    private static void writeCounts(DataOutput out, Map<String, long[]> counts)
            throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue()[0]);
            out.writeInt((int) e.getValue()[1]);
        }
    }

    private static Map<String, long[]> readCounts(DataInput in) throws IOException {
        int n = in.readInt();
        Map<String, long[]> into = new HashMap<>(capacity(n));
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            into.put(key, new long[] {in.readLong(), in.readInt()});
        }
        return into;
    }

    /** A table's initial capacity for {@code entries} (a count read: never trusted far). */
    static int capacity(int entries) {
        return (int) Math.min(1 << 24, Math.max(16, entries / 0.75 + 1));
    }

    /** A string of any length (DataOutput's own is limited to 64 KB). */
    public static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("bad string length " + length);
        }
        if (in instanceof ByteArrayDataInput array) {
            return array.readUtf8(length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** For tests: the signatures, any order. */
    List<DocumentSignature> signatures() {
        return new ArrayList<>(signatureByPath.values());
    }
}
