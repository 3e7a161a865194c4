package org.corpuslint.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corpuslint.model.Finding;

/**
 * {@link Baseline#compare} for findings that stream by in report order, one file at a time:
 * a fingerprint names its file, so the findings of one file claim entries of that file only,
 * and matching file by file claims what matching the whole run at once claims. Holds the
 * baseline's entries and the findings of one file, never the run's.
 */
public final class BaselineMatcher {

    private final Path baselineFile;
    /** Entries not yet claimed, by path, then by fingerprint, in the baseline's order. */
    private final Map<String, Map<Fingerprint, LinkedList<BaselineEntry>>> byPath =
            new HashMap<>();
    private final List<BaselineEntry> fixed = new ArrayList<>();
    private int baselined;
    private int newFindings;

    BaselineMatcher(Path baselineFile, List<BaselineEntry> entries) {
        this.baselineFile = baselineFile;
        for (BaselineEntry entry : entries) {
            byPath.computeIfAbsent(entry.path(), k -> new HashMap<>())
                    .computeIfAbsent(entry.fingerprint(), k -> new LinkedList<>()).add(entry);
        }
    }

    /**
     * The findings of one file that are not in the baseline, in their order; {@code findings}
     * are every finding of that file, in report order, each file passed once.
     */
    public List<Finding> newFindings(List<Finding> findings,
            Function<Finding, Fingerprint> fingerprints) {
        if (findings.isEmpty()) {
            return List.of();
        }
        Map<Fingerprint, LinkedList<BaselineEntry>> exact =
                byPath.remove(findings.get(0).path());
        if (exact == null) {
            newFindings += findings.size();
            return findings;
        }
        List<Finding> unmatched = new ArrayList<>();
        List<Fingerprint> unmatchedPrints = new ArrayList<>();
        for (Finding finding : findings) {
            Fingerprint print = fingerprints.apply(finding);
            LinkedList<BaselineEntry> candidates = exact.get(print);
            if (candidates != null && !candidates.isEmpty()) {
                candidates.removeFirst();
                baselined++;
            } else {
                unmatched.add(finding);
                unmatchedPrints.add(print);
            }
        }
        Map<Fingerprint, LinkedList<BaselineEntry>> loose = new HashMap<>();
        exact.values().forEach(left -> left.forEach(entry -> loose.computeIfAbsent(
                entry.fingerprint().withoutContext(), k -> new LinkedList<>()).add(entry)));
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < unmatched.size(); i++) {
            LinkedList<BaselineEntry> candidates =
                    loose.get(unmatchedPrints.get(i).withoutContext());
            if (candidates != null && !candidates.isEmpty()) {
                candidates.removeFirst();
                baselined++;
            } else {
                kept.add(unmatched.get(i));
            }
        }
        loose.values().forEach(fixed::addAll);
        newFindings += kept.size();
        return kept;
    }

    /** The number of findings the baseline accepted so far. */
    public int baselined() {
        return baselined;
    }

    /**
     * The comparison once every file has passed: entries of files with no finding are fixed
     * too. Its {@code newFindings} list is empty: the new findings went wherever the caller
     * put them ({@link #newFindingCount()} counts them).
     */
    public BaselineComparison finish() {
        byPath.values().forEach(left -> left.values().forEach(fixed::addAll));
        byPath.clear();
        List<BaselineEntry> sorted = new ArrayList<>(fixed);
        sorted.sort(Baseline.ORDER);
        return new BaselineComparison(baselineFile, List.of(), baselined, sorted);
    }

    /** The number of findings passed that are not in the baseline. */
    public int newFindingCount() {
        return newFindings;
    }
}
