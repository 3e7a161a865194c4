package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental run's pair counts: per pair while few, the sketch's counters beyond, and the
 * same sketch either way, whatever is added and taken out.
 */
class PairTallyTest {

    private static final int LIMIT = 50;

    @Test
    void pastTheLimitTheCountersGiveTheSketchTheExactCountsGive() throws IOException {
        Random random = new Random(5);
        long[] pairs = new long[400];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = random.nextLong();
        }
        PairTally exact = new PairTally(Integer.MAX_VALUE);
        PairTally total = new PairTally(LIMIT);
        PairTally shard = new PairTally(LIMIT);
        for (int k = 0; k < pairs.length; k++) {
            exact.add(pairs[k], 1 + k % 3);
            (k < 300 ? total : shard).add(pairs[k], 1 + k % 3);
        }
        assertTrue(total.keptAsCounters());
        assertTrue(shard.keptAsCounters());
        assertFalse(exact.keptAsCounters());

        // The total with the shard in, out and in again: what one pass over all counts.
        total.addAll(shard, 1);
        total.addAll(shard, -1);
        total.addAll(shard, 1);
        assertTrue(total.sameAs(exact));
        assertTrue(total.toSketch().sameCounters(exact.toSketch()));

        PairTally read = roundTrip(total);
        assertTrue(read.keptAsCounters());
        assertTrue(read.sameAs(exact));

        // Taken out again: the first 300 pairs' counts, counter by counter.
        PairTally first = new PairTally(Integer.MAX_VALUE);
        for (int k = 0; k < 300; k++) {
            first.add(pairs[k], 1 + k % 3);
        }
        read.addAll(shard, -1);
        assertTrue(read.sameAs(first));
        assertFalse(read.sameAs(exact));
    }

    @Test
    void underTheLimitPairsAreKeptOneByOneAndWrittenSo() throws IOException {
        PairTally tally = new PairTally(LIMIT);
        tally.add(11L, 2);
        tally.add(12L, 1);
        tally.add(11L, -2);
        assertFalse(tally.keptAsCounters());
        PairTally read = roundTrip(tally);
        assertFalse(read.keptAsCounters());
        assertTrue(read.sameAs(tally));
        assertEquals(tally.toSketch().countOf(12L), read.toSketch().countOf(12L));
        assertEquals(0, read.toSketch().countOf(11L));
    }

    private static PairTally roundTrip(PairTally tally) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tally.write(new DataOutputStream(bytes));
        return PairTally.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                LIMIT);
    }
}
