package org.corpuslint.fuzz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.rules.BuiltInRules;

/**
 * The built-in rules, each wrapped to note which rule checks which document on which thread
 * and how long the slowest check took, so that a case past its budget names the document and
 * the rule that hang. The wrappers only observe; findings are the rules' own.
 */
final class WatchedRules {

    private final Map<Thread, String> current = new ConcurrentHashMap<>();
    private final Function<String, String> describe;
    private long slowestNanos;
    private String slowest = "none";

    /** @param describe tells what a document path holds (its generator shape) */
    WatchedRules(Function<String, String> describe) {
        this.describe = describe;
    }

    List<Supplier<Rule>> factories() {
        return BuiltInRules.factories().stream()
                .<Supplier<Rule>>map(factory -> () -> new Watched(factory.get())).toList();
    }

    /** What each engine thread is checking right now, for the report of a hung case. */
    String inProgress() {
        return current.isEmpty() ? "no rule check (reading, profiling, writing or preparing)"
                : String.join("; ", current.values());
    }

    synchronized long slowestNanos() {
        return slowestNanos;
    }

    synchronized String slowest() {
        return String.format("%s, %.2f s", slowest, slowestNanos / 1e9);
    }

    private synchronized void took(long nanos, String what) {
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = what;
        }
    }

    private final class Watched implements Rule {
        private final Rule rule;

        Watched(Rule rule) {
            this.rule = rule;
        }

        @Override
        public RuleMetadata metadata() {
            return rule.metadata();
        }

        @Override
        public void prepare(CorpusProfile profile, RuleOptions options) {
            rule.prepare(profile, options);
        }

        @Override
        public void check(RuleContext context) {
            String what = "rule " + rule.metadata().id() + " on "
                    + CaseChecks.printable(context.document().path()) + ", a "
                    + describe.apply(context.document().path());
            current.put(Thread.currentThread(), what);
            long start = System.nanoTime();
            try {
                rule.check(context);
            } finally {
                current.remove(Thread.currentThread());
                took(System.nanoTime() - start, what);
            }
        }
    }
}
