package org.corpuslint.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The word pair counts an incremental run keeps ({@link ExactStatistics}): a count per pair
 * hash while there are few, so that a shard of the corpus stays small, and the sketch's own
 * counters ({@link WordPairCounts}) once there are more than {@link #EXACT_LIMIT}, so that the
 * total of a large corpus holds 8 MB instead of a map entry for each of its many millions of
 * pairs. Both add and take out exactly, the sketch being a sum per counter, and both give the
 * sketch a full pass counts.
 */
final class PairTally {

    /** Pairs counted one by one at most; beyond, the counters (about 80 bytes a pair against 8 MB). */
    static final int EXACT_LIMIT = 1 << 17;

    private final int exactLimit;
    private Map<Long, long[]> exact = new HashMap<>();
    /** The counters, once the counts are kept so; {@code exact} is then null. */
    private WordPairCounts sketch;

    PairTally() {
        this(EXACT_LIMIT);
    }

    /** With pairs counted one by one up to {@code exactLimit} (small in tests). */
    PairTally(int exactLimit) {
        this.exactLimit = exactLimit;
    }

    /** Adds {@code n} (negative to take out) to the pair hashed {@code pairHash}. */
    void add(long pairHash, long n) {
        if (sketch != null) {
            sketch.addPair(pairHash, n);
            return;
        }
        long[] c = exact.computeIfAbsent(pairHash, k -> new long[1]);
        c[0] += n;
        if (c[0] == 0) {
            exact.remove(pairHash);
        }
        if (exact.size() > exactLimit) {
            toCounters();
        }
    }

    /** Adds {@code sign} times everything {@code other} counted. */
    void addAll(PairTally other, int sign) {
        if (other.sketch != null) {
            toCounters();
            WordPairCounts.addCounters(sketch, other.sketch, sign);
        } else {
            other.exact.forEach((pair, c) -> add(pair, sign * c[0]));
        }
    }

    /** Whether both count the same: pair by pair, or counter by counter when either keeps counters. */
    boolean sameAs(PairTally other) {
        if (sketch == null && other.sketch == null) {
            if (exact.size() != other.exact.size()) {
                return false;
            }
            for (Map.Entry<Long, long[]> e : exact.entrySet()) {
                long[] o = other.exact.get(e.getKey());
                if (o == null || o[0] != e.getValue()[0]) {
                    return false;
                }
            }
            return true;
        }
        return toSketch().sameCounters(other.toSketch());
    }

    /** Whether the counts are kept as the sketch's counters. */
    boolean keptAsCounters() {
        return sketch != null;
    }

    /** The sketch of these counts: what a full pass over the same documents counts. */
    WordPairCounts toSketch() {
        WordPairCounts made = WordPairCounts.STATISTIC.empty();
        if (sketch != null) {
            WordPairCounts.addCounters(made, sketch, 1);
        } else {
            exact.forEach((pair, c) -> made.addPair(pair, c[0]));
        }
        return made;
    }

    private void toCounters() {
        if (sketch == null) {
            sketch = toSketch();
            exact = null;
        }
    }

    void write(DataOutput out) throws IOException {
        out.writeBoolean(sketch != null);
        if (sketch != null) {
            sketch.writeCounters(out);
            return;
        }
        out.writeInt(exact.size());
        for (Map.Entry<Long, long[]> e : exact.entrySet()) {
            out.writeLong(e.getKey());
            out.writeLong(e.getValue()[0]);
        }
    }

    static PairTally read(DataInput in) throws IOException {
        return read(in, EXACT_LIMIT);
    }

    static PairTally read(DataInput in, int exactLimit) throws IOException {
        PairTally tally = new PairTally(exactLimit);
        if (in.readBoolean()) {
            tally.sketch = WordPairCounts.readCounters(in);
            tally.exact = null;
            return tally;
        }
        int n = in.readInt();
        tally.exact = new HashMap<>(ExactStatistics.capacity(n));
        for (int i = 0; i < n; i++) {
            tally.exact.put(in.readLong(), new long[] {in.readLong()});
        }
        return tally;
    }
}
