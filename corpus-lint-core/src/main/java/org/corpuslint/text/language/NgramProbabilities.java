package org.corpuslint.text.language;

import java.util.AbstractMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The detector's map from a gram to its probability in each language, read from an
 * {@link NgramTable} instead of holding an array of 70 doubles for each of 114,000 grams: a
 * gram's array is made the first time the detector asks for it, and kept (a paragraph asks for
 * a few dozen grams; a large corpus ends up holding the arrays of the grams its text has). The
 * detector only calls {@link #get}; the arrays it gets are the ones a built map would hold, and
 * it only reads them. Safe for the threads that share the detector.
 */
final class NgramProbabilities extends AbstractMap<String, double[]> {

    private final NgramTable table;
    private final AtomicReferenceArray<double[]> made;
    private final GramIndex index;

    NgramProbabilities(NgramTable table) {
        this.table = table;
        this.index = new GramIndex(table.keys());
        this.made = new AtomicReferenceArray<>(table.keys().length);
    }

    @Override
    public double[] get(Object key) {
        if (!(key instanceof String gram)) {
            return null;
        }
        int at = index.indexOf(NgramTable.key(gram));
        if (at < 0) {
            return null;
        }
        double[] probabilities = made.get(at);
        if (probabilities == null) {
            probabilities = table.probabilities(at, gram.length());
            made.set(at, probabilities); // two threads may both make it: equal arrays
        }
        return probabilities;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String gram && index.indexOf(NgramTable.key(gram)) >= 0;
    }

    @Override
    public int size() {
        return table.keys().length;
    }

    /** Not needed by the detector, and would make every array: not offered. */
    @Override
    public Set<Entry<String, double[]>> entrySet() {
        throw new UnsupportedOperationException("the gram table is looked up, not listed");
    }
}
