package org.corpuslint.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.text.WordRuns;

/**
 * What a run counted over the whole corpus besides the findings: documents and words, findings
 * per rule, and the same broken down by outlet (a record's source field, else the top folder)
 * and by month of publication (from the date header or the date field), so that a rotten source
 * or period shows. Counted per worker while documents stream by and merged: its size grows with
 * the number of outlets and months, never with the documents.
 *
 * @param total the whole corpus
 * @param byOutlet per outlet; {@value #ROOT_OUTLET} for documents at the corpus root
 * @param byMonth per {@code YYYY-MM}; {@value #UNDATED} for documents without a valid date
 * @param ruleCpuNanos the CPU time each rule spent checking documents, in nanoseconds by rule
 *     id, summed over the worker threads; empty when not measured. It varies from run to run,
 *     so reports show it only when asked to ({@code ReportContext#ruleTimes})
 */
public record RunStatistics(Slice total, Map<String, Slice> byOutlet,
        Map<String, Slice> byMonth, Map<String, Long> ruleCpuNanos) {

    public static final String ROOT_OUTLET = "(corpus root)";
    public static final String UNDATED = "(undated)";

    public RunStatistics {
        byOutlet = Collections.unmodifiableMap(new TreeMap<>(byOutlet));
        byMonth = Collections.unmodifiableMap(new TreeMap<>(byMonth));
        ruleCpuNanos = ruleCpuNanos == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(ruleCpuNanos));
    }

    /** Counts without rule times. */
    public RunStatistics(Slice total, Map<String, Slice> byOutlet, Map<String, Slice> byMonth) {
        this(total, byOutlet, byMonth, Map.of());
    }

    /** These counts with the rules' CPU times of the run. */
    public RunStatistics withRuleCpuNanos(Map<String, Long> times) {
        return new RunStatistics(total, byOutlet, byMonth, times);
    }

    /** Each rule's share of the rules' CPU time, 0 to 1, by rule id; empty when not measured. */
    public Map<String, Double> ruleCpuShares() {
        long all = ruleCpuNanos.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        if (all > 0) {
            ruleCpuNanos.forEach((id, n) -> shares.put(id, n / (double) all));
        }
        return shares;
    }

    /** Nothing counted (a result built without a run). */
    public static RunStatistics empty() {
        return new RunStatistics(Slice.EMPTY, Map.of(), Map.of());
    }

    /**
     * Counts of one part of the corpus.
     *
     * @param documents documents (records of JSON Lines files count one each), linted or not
     * @param words words of the linted documents (runs of letters and digits)
     * @param findings findings in these documents
     * @param findingsByRule findings per rule id, sorted by id
     */
    public record Slice(long documents, long words, long findings,
            Map<String, Long> findingsByRule) {

        static final Slice EMPTY = new Slice(0, 0, 0, Map.of());

        public Slice {
            findingsByRule = Collections.unmodifiableMap(new TreeMap<>(findingsByRule));
        }

        /** Findings of {@code ruleId} per 1,000 documents of this slice. */
        public double perThousandDocuments(String ruleId) {
            return documents == 0 ? 0
                    : findingsByRule.getOrDefault(ruleId, 0L) * 1000.0 / documents;
        }

        /** All findings per 1,000 documents of this slice. */
        public double findingsPerThousandDocuments() {
            return documents == 0 ? 0 : findings * 1000.0 / documents;
        }
    }

    /** The mutable counts of one worker. */
    static final class Counter {
        private final MutableSlice total = new MutableSlice();
        private final Map<String, MutableSlice> byOutlet = new TreeMap<>();
        private final Map<String, MutableSlice> byMonth = new TreeMap<>();

        /**
         * One document, {@code document} {@code null} when it could not be linted (then
         * {@code path} names its file).
         */
        void add(Document document, String path, List<Finding> findings) {
            long words = document == null ? 0 : bodyWords(document);
            String outlet = document != null ? document.outlet() : topFolder(path);
            String month = document == null ? UNDATED : month(document);
            add(outlet, month, words, findings);
        }

        /** One document's slices as {@link #add(Document, String, List)} finds them. */
        static String[] slicesOf(Document document, String path) {
            return new String[] {document != null ? document.outlet() : topFolder(path),
                document == null ? UNDATED : month(document)};
        }

        /** Words of a document as counted here. */
        static long wordsOf(Document document) {
            return document == null ? 0 : bodyWords(document);
        }

        /** One document counted before (an incremental run's cache). */
        void add(String outlet, String month, long words, List<Finding> findings) {
            for (MutableSlice slice : List.of(total,
                    byOutlet.computeIfAbsent(outlet.isEmpty() ? ROOT_OUTLET : outlet,
                            k -> new MutableSlice()),
                    byMonth.computeIfAbsent(month, k -> new MutableSlice()))) {
                slice.add(words, findings);
            }
        }

        void merge(Counter other) {
            total.merge(other.total);
            other.byOutlet.forEach((k, v) -> byOutlet.computeIfAbsent(k,
                    x -> new MutableSlice()).merge(v));
            other.byMonth.forEach((k, v) -> byMonth.computeIfAbsent(k,
                    x -> new MutableSlice()).merge(v));
        }

        RunStatistics build() {
            Map<String, Slice> outlets = new TreeMap<>();
            byOutlet.forEach((k, v) -> outlets.put(k, v.build()));
            Map<String, Slice> months = new TreeMap<>();
            byMonth.forEach((k, v) -> months.put(k, v.build()));
            return new RunStatistics(total.build(), outlets, months);
        }

        private static String month(Document document) {
            java.util.Optional<java.time.LocalDate> date = document.record().isPresent()
                    ? document.record().get().date()
                    : document.header().flatMap(h -> h.date());
            return date.map(d -> d.toString().substring(0, 7)).orElse(UNDATED);
        }

        /**
         * The words of the document's body: all its text, or what follows its date header line
         * (the header's date is not article words).
         */
        private static long bodyWords(Document document) {
            if (document.header().isEmpty()) {
                return WordRuns.count(document.text(), 0);
            }
            return document.lineCount() < 2 ? 0
                    : WordRuns.count(document.text(), document.lineMap().lineStart(2));
        }

        private static String topFolder(String path) {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    private static final class MutableSlice {
        long documents;
        long words;
        long findings;
        final Map<String, Long> byRule = new TreeMap<>();

        void add(long documentWords, List<Finding> documentFindings) {
            documents++;
            words += documentWords;
            findings += documentFindings.size();
            for (Finding f : documentFindings) {
                byRule.merge(f.ruleId(), 1L, Long::sum);
            }
        }

        void merge(MutableSlice other) {
            documents += other.documents;
            words += other.words;
            findings += other.findings;
            other.byRule.forEach((k, v) -> byRule.merge(k, v, Long::sum));
        }

        Slice build() {
            return new Slice(documents, words, findings, byRule);
        }
    }
}
