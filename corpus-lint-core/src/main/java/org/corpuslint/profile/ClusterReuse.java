package org.corpuslint.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the duplicate clusters found before some documents changed still hold after: they do
 * when every moved signature ({@link StatisticChanges}), before and after, shares no exact hash
 * and no band key with any other document of its corpus. Such a document then sits alone in
 * every run of equal band keys {@link DuplicateClusters#find} verifies, in the old corpus and
 * in the new one, so the pairs verified among the other documents are the same (their path
 * order is the same), the clusters are the same, and the moved documents are in none. Otherwise
 * an incremental run clusters the whole corpus again.
 */
public final class ClusterReuse {

    /** Above this many moved signatures the check is not worth making: cluster again. */
    private static final int MAX_MOVED = 1_000;

    private ClusterReuse() {}

    /**
     * Whether clustering the signatures of {@code now} at {@code threshold} gives the clusters
     * that clustering them before {@code changes} gave.
     */
    public static boolean clustersStand(ExactStatistics now, StatisticChanges changes,
            double threshold) {
        List<DocumentSignature> before = changes.signaturesBefore();
        List<DocumentSignature> after = changes.signaturesAfter();
        if (before.isEmpty() && after.isEmpty()) {
            return true;
        }
        if (before.size() + after.size() > MAX_MOVED) {
            return false;
        }
        LshBands banding = LshBands.forThreshold(threshold);
        if (anyShared(before, banding) || anyShared(after, banding)) {
            return false;
        }
        List<DocumentSignature> moved = new ArrayList<>(before);
        moved.addAll(after);
        Set<String> movedPaths = new HashSet<>();
        long[] exactHashes = new long[moved.size()];
        long[][] keys = new long[banding.bands()][];
        for (int band = 0; band < banding.bands(); band++) {
            keys[band] = new long[0];
        }
        int n = 0;
        for (DocumentSignature signature : moved) {
            movedPaths.add(signature.path());
            exactHashes[n++] = signature.exactHash();
            if (signature.hasMinHashes()) {
                for (int band = 0; band < banding.bands(); band++) {
                    keys[band] = append(keys[band], banding.key(signature.minHashes(), band));
                }
            }
        }
        Arrays.sort(exactHashes);
        for (long[] bandKeys : keys) {
            Arrays.sort(bandKeys);
        }
        // The unmoved documents: the same in the old corpus and the new one.
        return now.signatureValues().parallelStream()
                .filter(signature -> !movedPaths.contains(signature.path()))
                .noneMatch(signature -> touches(signature, exactHashes, keys, banding));
    }

    private static boolean touches(DocumentSignature signature, long[] exactHashes,
            long[][] keys, LshBands banding) {
        if (signature.exactHash() != 0
                && Arrays.binarySearch(exactHashes, signature.exactHash()) >= 0) {
            return true;
        }
        if (signature.hasMinHashes()) {
            for (int band = 0; band < keys.length; band++) {
                if (keys[band].length > 0 && Arrays.binarySearch(keys[band],
                        banding.key(signature.minHashes(), band)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two of {@code signatures} (of one corpus) share an exact hash or a band key. */
    private static boolean anyShared(List<DocumentSignature> signatures, LshBands banding) {
        Set<Long> exact = new HashSet<>();
        Set<Long> bandKeys = new HashSet<>();
        for (DocumentSignature signature : signatures) {
            if (signature.exactHash() != 0 && !exact.add(signature.exactHash())) {
                return true;
            }
            if (signature.hasMinHashes()) {
                for (int band = 0; band < banding.bands(); band++) {
                    // the band in the high bits: keys of different bands never meet
                    long key = (long) band << LshBands.KEY_BITS
                            | banding.key(signature.minHashes(), band);
                    if (!bandKeys.add(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long[] append(long[] values, long value) {
        long[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
