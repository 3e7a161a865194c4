package org.corpuslint.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.model.Finding;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;

/**
 * Findings counted as they pass: in all, by severity, by rule and severity, and by the
 * confidence of their fixes. What a summary, a fail-on budget and a report header need, in
 * memory that grows with the number of rules, never with the findings. Not thread-safe.
 */
public final class FindingCounts {

    private long total;
    private final long[] bySeverity = new long[Severity.values().length];
    private final Map<String, long[]> byRule = new TreeMap<>();
    private final long[] fixes = new long[FixConfidence.values().length];

    /** Counts of {@code findings}. */
    public static FindingCounts of(Iterable<Finding> findings) {
        FindingCounts counts = new FindingCounts();
        findings.forEach(counts::add);
        return counts;
    }

    public void add(Finding f) {
        total++;
        bySeverity[f.severity().ordinal()]++;
        byRule.computeIfAbsent(f.ruleId(), k -> new long[Severity.values().length])
                [f.severity().ordinal()]++;
        if (f.fix() != null) {
            fixes[f.fix().confidence().ordinal()]++;
        }
    }

    /** Every finding counted. */
    public long total() {
        return total;
    }

    /** Severity → count, every severity present. */
    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, Math.toIntExact(bySeverity[s.ordinal()]));
        }
        return counts;
    }

    /** Rule id → severity → count, sorted by rule id; only severities that occur. */
    public Map<String, Map<Severity, Integer>> byRule() {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        byRule.forEach((rule, n) -> {
            Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                if (n[s.ordinal()] > 0) {
                    severities.put(s, Math.toIntExact(n[s.ordinal()]));
                }
            }
            counts.put(rule, severities);
        });
        return Collections.unmodifiableMap(counts);
    }

    /** How many findings carry a fix, by the fix's confidence; confidences without any absent. */
    public Map<FixConfidence, Integer> fixesByConfidence() {
        Map<FixConfidence, Integer> counts = new EnumMap<>(FixConfidence.class);
        for (FixConfidence c : FixConfidence.values()) {
            if (fixes[c.ordinal()] > 0) {
                counts.put(c, Math.toIntExact(fixes[c.ordinal()]));
            }
        }
        return counts;
    }

    /** Findings at {@code threshold} or more severe. */
    public long atLeast(Severity threshold) {
        long n = 0;
        for (Severity s : Severity.values()) {
            if (s.isAtLeast(threshold)) {
                n += bySeverity[s.ordinal()];
            }
        }
        return n;
    }
}
