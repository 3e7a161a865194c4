package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCpuTimesTest {

    /** One document in eight is timed, the first of each eight, and the sums scaled to all. */
    @Test
    void oneDocumentInEightIsTimedAndTheTimesScaledToAll() {
        assumeTrue(ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()
                && ManagementFactory.getThreadMXBean().isThreadCpuTimeEnabled());
        RuleCpuTimes times = new RuleCpuTimes();
        List<Integer> timed = new ArrayList<>();
        for (int document = 0; document < 20; document++) {
            if (times.timeNext()) {
                timed.add(document);
                times.add("typo", 100);
                times.add("boilerplate", 10);
            }
        }
        assertEquals(List.of(0, 8, 16), timed);
        // 300 and 30 ns over 3 documents timed of 20
        assertEquals(Map.of("boilerplate", 200L, "typo", 2000L), times.snapshot());
    }
}
