package org.corpuslint.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time each rule spent checking documents, summed over the worker threads: the time
 * of the calling thread, read once between two rules (one system call each, far below a rule's
 * own cost). The first rule that asks for a shared per-document analysis (tokens, layouts)
 * pays for it, so a rule's share includes the analyses it happens to compute first.
 */
final class RuleCpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final Map<String, LongAdder> byRule = new ConcurrentHashMap<>();

    /** The calling thread's CPU time in nanoseconds; 0 where the JVM cannot tell. */
    static long now() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    void add(String ruleId, long nanos) {
        if (MEASURED) {
            byRule.computeIfAbsent(ruleId, k -> new LongAdder()).add(nanos);
        }
    }

    /** Nanoseconds per rule id so far, sorted by id. */
    Map<String, Long> snapshot() {
        Map<String, Long> times = new TreeMap<>();
        byRule.forEach((id, n) -> times.put(id, n.sum()));
        return times;
    }

    /** What each rule spent between two snapshots; rules that spent nothing left out. */
    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> spent = new TreeMap<>();
        after.forEach((id, n) -> {
            long d = n - before.getOrDefault(id, 0L);
            if (d > 0) {
                spent.put(id, d);
            }
        });
        return spent;
    }
}
