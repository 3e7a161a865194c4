package org.corpuslint.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Severity;

/**
 * How many findings a check tolerates before it fails, as the Checkstyle and PMD plugins'
 * {@code maxAllowedViolations}: the findings at or above {@code failOnSeverity} may number up to
 * {@code maxAllowedViolations}. A per-severity limit ({@code maxAllowedErrors},
 * {@code maxAllowedWarnings}, {@code maxAllowedInfos}) takes over for its severity, whatever
 * {@code failOnSeverity} says: its findings are counted against that limit only.
 *
 * @param maxAllowedViolations tolerated findings at or above the threshold; 0 by default
 * @param maxAllowedBySeverity limits per severity; a severity absent has none of its own
 */
public record ViolationBudget(int maxAllowedViolations, Map<Severity, Integer> maxAllowedBySeverity) {

    public static final ViolationBudget NONE = new ViolationBudget(0, Map.of());

    public ViolationBudget {
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException("maxAllowedViolations is " + maxAllowedViolations
                    + ", expected 0 or more");
        }
        maxAllowedBySeverity.forEach((severity, max) -> {
            if (max < 0) {
                throw new IllegalArgumentException(parameter(severity) + " is " + max
                        + ", expected 0 or more");
            }
        });
        maxAllowedBySeverity = maxAllowedBySeverity.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(maxAllowedBySeverity));
    }

    /** The parameter that limits one severity: {@code maxAllowedErrors} and so on. */
    public static String parameter(Severity severity) {
        return switch (severity) {
            case ERROR -> "maxAllowedErrors";
            case WARNING -> "maxAllowedWarnings";
            case INFO -> "maxAllowedInfos";
        };
    }

    /** The findings counted against {@code maxAllowedViolations}. */
    long counted(LintResult result, Severity failOnSeverity) {
        return counted(result.counts(), failOnSeverity);
    }

    /** The findings counted against {@code maxAllowedViolations}, from a run's counts. */
    long counted(FindingCounts counts, Severity failOnSeverity) {
        if (failOnSeverity == null) {
            return 0;
        }
        long counted = 0;
        for (Map.Entry<Severity, Integer> count : counts.bySeverity().entrySet()) {
            if (count.getKey().isAtLeast(failOnSeverity)
                    && !maxAllowedBySeverity.containsKey(count.getKey())) {
                counted += count.getValue();
            }
        }
        return counted;
    }

    /** Why the check fails, one sentence per exceeded limit; empty when it passes. */
    List<String> breaches(LintResult result, Severity failOnSeverity) {
        return breaches(result.counts(), failOnSeverity);
    }

    /** {@link #breaches(LintResult, Severity)} from a run's counts. */
    List<String> breaches(FindingCounts found, Severity failOnSeverity) {
        List<String> breaches = new ArrayList<>();
        long counted = counted(found, failOnSeverity);
        if (counted > maxAllowedViolations) {
            String which = maxAllowedBySeverity.isEmpty() ? ""
                    : " (not counting those with a limit of their own)";
            breaches.add(counted + (counted == 1 ? " finding" : " findings") + " at severity "
                    + failOnSeverity.label() + " or above" + which
                    + (maxAllowedViolations == 0 ? ""
                            : ", more than the " + maxAllowedViolations
                                    + " allowed (maxAllowedViolations)"));
        }
        Map<Severity, Integer> counts = found.bySeverity();
        maxAllowedBySeverity.forEach((severity, max) -> {
            int count = counts.get(severity);
            if (count > max) {
                breaches.add(count + " " + plural(severity, count) + ", more than the " + max
                        + " allowed (" + parameter(severity) + ")");
            }
        });
        return breaches;
    }

    private static String plural(Severity severity, int count) {
        return switch (severity) {
            case ERROR -> count == 1 ? "error" : "errors";
            case WARNING -> count == 1 ? "warning" : "warnings";
            case INFO -> count == 1 ? "info finding" : "info findings";
        };
    }
}
