package org.corpuslint.profile;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.document.Document;
import org.corpuslint.text.WordSpans;
import org.corpuslint.text.LineKey;

/**
 * The corpus-wide statistics rules are prepared with, built once per run in a streaming pass:
 * the number of documents overall and per outlet folder, plus the {@link CorpusStatistic}s the
 * running rules declare ({@link WordCounts}, {@link LineCounts}); a statistic no running rule
 * declares is not counted.
 *
 * <p>Profiles are built per worker and {@linkplain #merge merged}; every statistic is mergeable,
 * so the result does not depend on how the documents were split.
 *
 * <p>Serializable (when it counts built-in statistics only), so that a partitioned run can
 * count per partition, merge the parts and hand the merged profile to its workers.
 */
public final class CorpusProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every built-in statistic: what a profile counts unless told otherwise. */
    public static final List<CorpusStatistic<?>> ALL_STATISTICS =
            List.of(WordCounts.STATISTIC, LineCounts.STATISTIC, DuplicateSignatures.STATISTIC,
                    WordPairCounts.STATISTIC);

    /** Lines longer than this are prose, never counted as repeated page chrome. */
    public static final int MAX_COUNTED_LINE_LENGTH = LineCounts.MAX_COUNTED_LINE_LENGTH;

    private int documentCount;
    private final Map<String, Integer> outletDocuments = new HashMap<>();
    /** Accumulator per counted statistic, in declaration order. */
    private final Map<CorpusStatistic<?>, Object> statistics = new LinkedHashMap<>();
    /** The duplicate clusters found from the signatures, once per threshold. */
    private final DuplicateClusterings clusterings;

    /** An empty profile counting every built-in statistic. */
    public CorpusProfile() {
        this(ALL_STATISTICS);
    }

    /** An empty profile counting only {@code statistics} (besides the document counts). */
    public CorpusProfile(Collection<? extends CorpusStatistic<?>> statistics) {
        this(statistics, new DuplicateClusterings());
    }

    private CorpusProfile(Collection<? extends CorpusStatistic<?>> statistics,
            DuplicateClusterings clusterings) {
        this.clusterings = clusterings;
        for (CorpusStatistic<?> statistic : statistics) {
            this.statistics.computeIfAbsent(statistic, CorpusStatistic::empty);
        }
    }

    /**
     * Makes the profiles the workers of one pass count into, to be {@linkplain #merge merged}:
     * each its own, but for the statistics {@linkplain CorpusStatistic#sharedByWorkers shared
     * by workers}, which all of them count into one accumulator.
     */
    public static java.util.function.Supplier<CorpusProfile> workerParts(
            Collection<? extends CorpusStatistic<?>> statistics) {
        Map<CorpusStatistic<?>, Object> shared = new HashMap<>();
        for (CorpusStatistic<?> statistic : statistics) {
            if (statistic.sharedByWorkers()) {
                shared.put(statistic, statistic.empty());
            }
        }
        return () -> {
            CorpusProfile part = new CorpusProfile(statistics);
            part.statistics.replaceAll((statistic, own) -> shared.getOrDefault(statistic, own));
            return part;
        };
    }

    /** A profile read back from its {@link SerializedProfile serialized form}. */
    static CorpusProfile restored(int documentCount, Map<String, Integer> outletDocuments,
            Map<CorpusStatistic<?>, Object> statistics, DuplicateClusterings clusterings) {
        CorpusProfile profile = new CorpusProfile(List.of(),
                clusterings == null ? new DuplicateClusterings() : clusterings);
        profile.documentCount = documentCount;
        profile.outletDocuments.putAll(outletDocuments);
        profile.statistics.putAll(statistics);
        return profile;
    }

    private Object writeReplace() {
        LinkedHashMap<String, Object> accumulators = new LinkedHashMap<>();
        statistics.forEach((statistic, accumulator) ->
                accumulators.put(statistic.name(), accumulator));
        return new SerializedProfile(documentCount, outletDocuments, accumulators, clusterings);
    }

    /** The profile of a single document, with every built-in statistic. */
    public static CorpusProfile of(Document document) {
        CorpusProfile profile = new CorpusProfile();
        profile.add(document);
        return profile;
    }

    /** Adds one document's statistics. */
    public void add(Document document) {
        clusterings.forget();
        documentCount++;
        outletDocuments.merge(document.outlet(), 1, Integer::sum);
        WordSpans words = null; // found once, for the statistics that count words
        for (Map.Entry<CorpusStatistic<?>, Object> entry : statistics.entrySet()) {
            if (entry.getKey() instanceof WordStatistic<?> counter) {
                if (words == null) {
                    words = WordSpans.of(document.text());
                }
                addWords(counter, entry.getValue(), document, words);
            } else {
                addTo(entry.getKey(), entry.getValue(), document);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <A> void addTo(CorpusStatistic<A> statistic, Object accumulator,
            Document document) {
        statistic.add((A) accumulator, document);
    }

    @SuppressWarnings("unchecked")
    private static <A> void addWords(WordStatistic<A> statistic, Object accumulator,
            Document document, WordSpans words) {
        statistic.add((A) accumulator, document, words);
    }

    /**
     * Adds all of {@code other}'s statistics to this profile and returns this profile.
     *
     * @throws IllegalArgumentException when the two profiles count different statistics
     */
    public CorpusProfile merge(CorpusProfile other) {
        if (!statistics.keySet().equals(other.statistics.keySet())) {
            throw new IllegalArgumentException("cannot merge profiles counting different"
                    + " statistics: " + names(statistics.keySet()) + " and "
                    + names(other.statistics.keySet()));
        }
        clusterings.forget();
        documentCount += other.documentCount;
        other.outletDocuments.forEach((k, v) -> outletDocuments.merge(k, v, Integer::sum));
        statistics.forEach((statistic, accumulator) -> {
            Object theirs = other.statistics.get(statistic);
            if (theirs != accumulator) { // a worker part's shared statistic is counted once
                mergeInto(statistic, accumulator, theirs);
            }
        });
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <A> void mergeInto(CorpusStatistic<A> statistic, Object into, Object from) {
        statistic.merge((A) into, (A) from);
    }

    private static List<String> names(Collection<CorpusStatistic<?>> statistics) {
        return statistics.stream().map(CorpusStatistic::name).toList();
    }

    /** The statistics this profile counts, in declaration order. */
    public List<CorpusStatistic<?>> statistics() {
        return List.copyOf(statistics.keySet());
    }

    /**
     * Puts {@code accumulator} in as {@code statistic}, counted or not, and returns this
     * profile: for a statistic accumulated elsewhere (a distributed run's duplicate clusters,
     * {@link DuplicateSignatures#ofClusters}).
     */
    public <A> CorpusProfile with(CorpusStatistic<A> statistic, A accumulator) {
        statistics.put(statistic, accumulator);
        return this;
    }

    /** Whether this profile counts {@code statistic}. */
    public boolean counts(CorpusStatistic<?> statistic) {
        return statistics.containsKey(statistic);
    }

    /**
     * The accumulated {@code statistic}, read-only.
     *
     * @throws IllegalStateException when it was not counted: no running rule declared it
     */
    @SuppressWarnings("unchecked")
    public <A> A statistic(CorpusStatistic<A> statistic) {
        EvidenceLog.note(ProfileEvidence.WHOLE, statistic.name(), "");
        return counted(statistic);
    }

    /** {@link #statistic} without recording evidence: for this profile's own look-ups. */
    @SuppressWarnings("unchecked")
    <A> A counted(CorpusStatistic<A> statistic) {
        Object accumulator = statistics.get(statistic);
        if (accumulator == null) {
            throw new IllegalStateException("the corpus statistic '" + statistic.name()
                    + "' was not counted: declare it in the rule's metadata");
        }
        return (A) accumulator;
    }

    /**
     * The duplicate clusters of the counted {@link DuplicateSignatures} at {@code threshold}
     * (estimated Jaccard similarity, 0 to 1): found on the first call per threshold and shared
     * by every later one, so rules that read the clusters cost one clustering per run.
     *
     * @throws IllegalStateException when the signatures were not counted
     */
    public DuplicateClusters duplicateClusters(double threshold) {
        return clusterings.at(threshold, () -> statistic(DuplicateSignatures.STATISTIC));
    }

    /**
     * Hands in the clusters at {@code threshold} found elsewhere (a distributed run clustering
     * the signatures itself): {@link #duplicateClusters} then returns them instead of
     * clustering. Adding or merging documents afterwards forgets them.
     */
    public void supplyDuplicateClusters(double threshold, DuplicateClusters clusters) {
        clusterings.supply(threshold, clusters);
    }

    /** The duplicate clusters found or supplied so far, by threshold. */
    public Map<Double, DuplicateClusters> duplicateClustersFound() {
        return clusterings.found();
    }

    /**
     * Drops the duplicate signatures of every document in none of the clusters found so far,
     * keeping the clusters themselves ({@link DuplicateSignatures#ofClusters}) and deleting the
     * signatures' temporary file: once the rules are prepared nothing reads the others.
     * Afterwards {@link #duplicateClusters} answers only the thresholds already clustered.
     * Does nothing when no signatures were counted or no clusters were found from them yet.
     */
    public void keepOnlyClusteredSignatures() {
        Object counted = statistics.get(DuplicateSignatures.STATISTIC);
        Map<Double, DuplicateClusters> found = clusterings.found();
        if (!(counted instanceof DuplicateSignatures all) || found.isEmpty()
                || all.isClustersOnly()) {
            return;
        }
        Map<Double, List<DuplicateCluster>> clusters = new HashMap<>();
        found.forEach((threshold, at) -> clusters.put(threshold, at.clusters()));
        statistics.put(DuplicateSignatures.STATISTIC, all.keepOnly(clusters));
    }

    /**
     * Releases what the profile holds outside the heap: deletes the temporary file of the
     * duplicate signatures ({@link DuplicateSignatures#close}), after which only clusters
     * already found can be read. For a run that ends, or fails, before
     * {@link #keepOnlyClusteredSignatures}; harmless when there is nothing to release.
     */
    public void releaseSignatures() {
        if (statistics.get(DuplicateSignatures.STATISTIC) instanceof DuplicateSignatures all) {
            all.close();
        }
    }

    public int documentCount() {
        EvidenceLog.note(ProfileEvidence.DOCUMENTS, "", documentCount);
        return documentCount;
    }

    /** Occurrences of {@code word} exactly as written (case-sensitive). */
    public long occurrences(String word) {
        TermStats stats = counted(WordCounts.STATISTIC).words().get(word);
        long answer = stats == null ? 0 : stats.occurrences();
        EvidenceLog.note(ProfileEvidence.OCCURRENCES, word, answer);
        return answer;
    }

    /** Number of documents containing {@code word} exactly as written. */
    public int documentFrequency(String word) {
        TermStats stats = counted(WordCounts.STATISTIC).words().get(word);
        int answer = stats == null ? 0 : stats.documents();
        EvidenceLog.note(ProfileEvidence.DOCUMENT_FREQUENCY, word, answer);
        return answer;
    }

    /** Every word of the corpus as written, with its statistics. Read-only. */
    public Map<String, TermStats> words() {
        return statistic(WordCounts.STATISTIC).words();
    }

    /** Occurrences of two capitalised words side by side ({@code "Rodong", "Sinmun"}). */
    public long pairOccurrences(String first, String second) {
        String pair = first + " " + second;
        TermStats stats = counted(WordCounts.STATISTIC).capitalizedPairs().get(pair);
        long answer = stats == null ? 0 : stats.occurrences();
        EvidenceLog.note(ProfileEvidence.PAIR, pair, answer);
        return answer;
    }

    /** Every pair of adjacent capitalised words, keyed {@code "First Second"}. Read-only. */
    public Map<String, TermStats> capitalizedPairs() {
        return statistic(WordCounts.STATISTIC).capitalizedPairs();
    }

    /** In how many documents a line equal to {@code line} (see {@link LineKey}) occurs. */
    public int lineDocumentFrequency(CharSequence line) {
        return lineDocumentFrequency(LineKey.of(line));
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineDocumentFrequency(String outlet, CharSequence line) {
        return lineDocumentFrequency(outlet, LineKey.of(line));
    }

    /** In how many documents a line with this {@link LineKey} occurs (hash a line once). */
    public int lineDocumentFrequency(long lineKey) {
        int answer = counted(LineCounts.STATISTIC).documents(lineKey);
        EvidenceLog.note(ProfileEvidence.LINE_DOCUMENTS, Long.toString(lineKey), answer);
        return answer;
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineDocumentFrequency(String outlet, long lineKey) {
        int answer = counted(LineCounts.STATISTIC).documents(outlet, lineKey);
        EvidenceLog.note(ProfileEvidence.OUTLET_LINE_DOCUMENTS,
                ProfileEvidence.outletKey(outlet, lineKey), answer);
        return answer;
    }

    /**
     * In how many distinct stories a line with this {@link LineKey} occurs: documents that are
     * copies of one article ({@link StoryKey}) count once. Exact up to
     * {@value LineRecurrence#KEPT_STORIES}, estimated beyond.
     */
    public int lineStoryFrequency(long lineKey) {
        int answer = counted(LineCounts.STATISTIC).stories(lineKey);
        EvidenceLog.note(ProfileEvidence.LINE_STORIES, Long.toString(lineKey), answer);
        return answer;
    }

    /** The same, counting only documents of one outlet folder. */
    public int lineStoryFrequency(String outlet, long lineKey) {
        int answer = counted(LineCounts.STATISTIC).stories(outlet, lineKey);
        EvidenceLog.note(ProfileEvidence.OUTLET_LINE_STORIES,
                ProfileEvidence.outletKey(outlet, lineKey), answer);
        return answer;
    }

    /** {@link #lineStoryFrequency(long)} of a line's text. */
    public int lineStoryFrequency(CharSequence line) {
        return lineStoryFrequency(LineKey.of(line));
    }

    /** Number of documents in an outlet folder ({@code ""} for the corpus root). */
    public int outletDocumentCount(String outlet) {
        int answer = outletDocuments.getOrDefault(outlet, 0);
        EvidenceLog.note(ProfileEvidence.OUTLET_DOCUMENTS, outlet, answer);
        return answer;
    }
}
