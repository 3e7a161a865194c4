package org.corpuslint.fuzz;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one fuzz case on a daemon thread with a time budget. A case past its budget is reported
 * with the stack of the thread that hangs and then stopped, with the engine's worker threads:
 * a backtracking regex ignores interrupts and would otherwise keep a core busy for the rest of
 * the test run (and a non-daemon thread would keep the JVM alive).
 */
final class CaseBudget {

    /** How a case ended: normally, with a throwable, or past its budget. */
    record Outcome(Throwable thrown, String hang, long millis) {
        boolean timedOut() {
            return hang != null;
        }
    }

    interface Body {
        void run() throws Exception;
    }

    private static final String ENGINE_WORKER = "corpus-lint-worker";
    private static final int INNERMOST_FRAMES = 6;
    private static final int OWN_FRAMES = 12;

    private CaseBudget() {}

    /**
     * @param where tells, when the budget runs out, what the case was doing
     */
    static Outcome run(String name, Duration budget, Body body, Supplier<String> where) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (ThreadDeath stopped) {
                // stopped past its budget: reported as a hang, not as a throwable
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "fuzz-" + name);
        thread.setDaemon(true);
        Set<Thread> workersBefore = engineWorkers();
        long start = System.nanoTime();
        thread.start();
        try {
            thread.join(budget.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!thread.isAlive()) {
            return new Outcome(thrown.get(), null, millis);
        }
        String hang = where.get() + "; the case thread was at\n" + stackOf(thread);
        Set<Thread> workers = engineWorkers();
        workers.removeAll(workersBefore);
        stop(thread, workers);
        return new Outcome(null, hang, millis);
    }

    /**
     * The innermost frames, then the project's own (a backtracking regex is hundreds of frames
     * deep before the code that called it).
     */
    private static String stackOf(Thread thread) {
        StackTraceElement[] frames = thread.getStackTrace();
        Stream<StackTraceElement> top = Arrays.stream(frames).limit(INNERMOST_FRAMES);
        Stream<StackTraceElement> own = Arrays.stream(frames).skip(INNERMOST_FRAMES)
                .filter(e -> e.getClassName().startsWith("org.corpuslint.")
                        && !e.getClassName().startsWith("org.corpuslint.fuzz."))
                .limit(OWN_FRAMES);
        return Stream.concat(top, Stream.concat(Stream.of((StackTraceElement) null), own))
                .map(e -> e == null ? "\t..." : "\tat " + e).collect(Collectors.joining("\n"));
    }

    /** The engine's worker threads alive now. */
    private static Set<Thread> engineWorkers() {
        Set<Thread> workers = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(ENGINE_WORKER)) {
                workers.add(t);
            }
        }
        return workers;
    }

    /**
     * Interrupts, then (only a test may) kills the hung thread and the engine workers started
     * while it ran.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread, Set<Thread> workers) {
        thread.interrupt();
        workers.forEach(Thread::interrupt);
        try {
            thread.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.stop();
        }
        workers.stream().filter(Thread::isAlive).forEach(Thread::stop);
    }
}
