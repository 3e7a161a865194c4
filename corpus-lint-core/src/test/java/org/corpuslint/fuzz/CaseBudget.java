package org.corpuslint.fuzz;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
        stop(thread);
        return new Outcome(null, hang, millis);
    }

    private static String stackOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).limit(25).map(e -> "\tat " + e)
                .collect(Collectors.joining("\n"));
    }

    /** Interrupts, then (only a test may) kills the hung thread and the engine's workers. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(ENGINE_WORKER)).forEach(Thread::interrupt);
        try {
            thread.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.stop();
        }
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(ENGINE_WORKER) && t.isAlive())
                .forEach(Thread::stop);
    }
}
