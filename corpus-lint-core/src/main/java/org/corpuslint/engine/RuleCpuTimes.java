package org.corpuslint.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time each rule spent checking documents, summed over the worker threads: the time
 * of the calling thread, read between two rules, on one document in {@value #TIMED_EVERY}
 * (every {@value #TIMED_EVERY}th a runner checks), and scaled to all documents. Reading the
 * thread's clock takes two system calls, 24 a document with every rule on, as many as the
 * reading of the document itself: the totals are estimates, the shares unbiased. The first
 * rule that asks for a shared per-document analysis (tokens, layouts) pays for it, so a
 * rule's share includes the analyses it happens to compute first.
 */
final class RuleCpuTimes {

    /** One document timed in this many. */
    static final int TIMED_EVERY = 8;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final Map<String, LongAdder> byRule = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();
    private final LongAdder timedDocuments = new LongAdder();

    /** Whether the rules are timed on the next document checked. */
    boolean timeNext() {
        boolean timed = MEASURED && documents.getAndIncrement() % TIMED_EVERY == 0;
        if (timed) {
            timedDocuments.increment();
        }
        return timed;
    }

    /** The calling thread's CPU time in nanoseconds; 0 where the JVM cannot tell. */
    static long now() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    void add(String ruleId, long nanos) {
        if (MEASURED) {
            byRule.computeIfAbsent(ruleId, k -> new LongAdder()).add(nanos);
        }
    }

    /** Nanoseconds per rule id so far, scaled from the documents timed to all, sorted by id. */
    Map<String, Long> snapshot() {
        long timed = timedDocuments.sum();
        double scale = timed == 0 ? 1 : (double) documents.get() / timed;
        Map<String, Long> times = new TreeMap<>();
        byRule.forEach((id, n) -> times.put(id, Math.round(n.sum() * scale)));
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
