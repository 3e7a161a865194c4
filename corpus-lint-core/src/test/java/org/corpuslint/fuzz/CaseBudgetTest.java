package org.corpuslint.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fuzz test must fail, not hang, when a case hangs: the budget reports and stops it. */
class CaseBudgetTest {

    private static final Duration BUDGET = Duration.ofMillis(300);

    private static volatile long spins;

    @Test
    void aCaseThatIgnoresInterruptsIsReportedAndStopped() throws InterruptedException {
        CaseBudget.Outcome outcome = CaseBudget.run("spinner", BUDGET, () -> {
            while (true) {
                spins++; // ignores interrupts, as a backtracking regex does
            }
        }, () -> "spinning");
        assertTrue(outcome.timedOut());
        assertTrue(outcome.hang().startsWith("spinning; the case thread was at"), outcome.hang());
        assertTrue(outcome.hang().contains("CaseBudgetTest"), outcome.hang());
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (threadAlive("fuzz-spinner") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(threadAlive("fuzz-spinner"), "the hung thread still runs");
    }

    @Test
    void aThrowableIsHandedBack() {
        CaseBudget.Outcome outcome = CaseBudget.run("thrower", BUDGET, () -> {
            throw new IllegalStateException("boom");
        }, () -> "");
        assertFalse(outcome.timedOut());
        assertInstanceOf(IllegalStateException.class, outcome.thrown());
    }

    @Test
    void aCaseWithinItsBudgetEndsNormally() {
        CaseBudget.Outcome outcome = CaseBudget.run("quick", BUDGET, () -> { }, () -> "");
        assertFalse(outcome.timedOut());
        assertNull(outcome.thrown());
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
