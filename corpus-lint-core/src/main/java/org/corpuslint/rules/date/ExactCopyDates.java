package org.corpuslint.rules.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpuslint.profile.DocumentSignature;
import org.corpuslint.profile.DuplicateSignatures;

/**
 * Exact copies of one text whose header dates differ by more than a tolerance, found once per
 * run from the corpus's {@link DuplicateSignatures}. Only exact copies count here, with the
 * strict tolerance: a near-duplicate (an updated version, a wire copy) may rightly carry a later
 * date and is {@link NearCopyDates}' concern. The signatures are sorted
 * by text hash, so each group of copies sits side by side and no clustering is run; only the
 * later-dated copies that will be reported are kept.
 */
final class ExactCopyDates {

    /** The earliest-dated other exact copy of a document. */
    record EarlierCopy(String path, long epochDay) {}

    private static final Comparator<DocumentSignature> BY_TEXT_THEN_DATE =
            Comparator.comparingLong(DocumentSignature::exactHash)
                    .thenComparingLong(DocumentSignature::epochDay)
                    .thenComparing(DocumentSignature::path);

    private final Map<String, EarlierCopy> earlierCopyOf;

    private ExactCopyDates(Map<String, EarlierCopy> earlierCopyOf) {
        this.earlierCopyOf = earlierCopyOf;
    }

    static ExactCopyDates find(DuplicateSignatures signatures, int toleranceDays) {
        // Only texts held by two or more documents can give a finding: their hashes are found
        // first, from the hashes alone, and only their copies are kept and sorted.
        long[][] hashes = {new long[1024]};
        int[] n = {0};
        signatures.forEachDated((path, exactHash, epochDay) -> {
            if (dated(exactHash, epochDay)) {
                if (n[0] == hashes[0].length) {
                    hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
                }
                hashes[0][n[0]++] = exactHash;
            }
        });
        long[] sorted = Arrays.copyOf(hashes[0], n[0]);
        hashes[0] = null;
        Arrays.sort(sorted);
        List<DocumentSignature> dated = new ArrayList<>();
        signatures.forEachDated((path, exactHash, epochDay) -> {
            if (dated(exactHash, epochDay) && heldTwice(sorted, exactHash)) {
                dated.add(new DocumentSignature(path, exactHash, null, epochDay, 0));
            }
        });
        dated.sort(BY_TEXT_THEN_DATE);
        Map<String, EarlierCopy> found = new HashMap<>();
        DocumentSignature earliest = null;
        for (DocumentSignature s : dated) {
            if (earliest == null || s.exactHash() != earliest.exactHash()) {
                earliest = s; // first of its group: the earliest date, then the first path
                continue;
            }
            if (s.epochDay() - earliest.epochDay() > toleranceDays) {
                found.put(s.path(), new EarlierCopy(earliest.path(), earliest.epochDay()));
            }
        }
        return new ExactCopyDates(found);
    }

    /** A blank body (hash 0) is nobody's copy; an undated document has nothing to compare. */
    private static boolean dated(long exactHash, long epochDay) {
        return exactHash != 0 && epochDay != DocumentSignature.NO_DATE;
    }

    /** Whether {@code hash} occurs twice or more in the sorted {@code hashes}. */
    private static boolean heldTwice(long[] hashes, long hash) {
        int at = Arrays.binarySearch(hashes, hash);
        return at > 0 && hashes[at - 1] == hash
                || at + 1 < hashes.length && hashes[at + 1] == hash;
    }

    /** The earlier-dated exact copy of the document {@code path}, when its date is too far. */
    Optional<EarlierCopy> earlierCopyOf(String path) {
        return Optional.ofNullable(earlierCopyOf.get(path));
    }
}
