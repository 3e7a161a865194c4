package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;

/** Whether a check fails and why, from its counts: the same for a held and a streamed run. */
final class CheckVerdict {

    private CheckVerdict() {}

    static boolean failed(ViolationBudget budget, FindingCounts counts, Severity failOn,
            String emptyRun) {
        return emptyRun != null || !budget.breaches(counts, failOn).isEmpty();
    }

    static String failureMessage(ViolationBudget budget, FindingCounts found, Severity failOn,
            List<Path> reports, String emptyRun) {
        if (emptyRun != null) {
            return emptyRun;
        }
        StringBuilder message = new StringBuilder("corpus-lint found ")
                .append(String.join("; ", budget.breaches(found, failOn))).append(" (");
        var counts = found.bySeverity();
        int errors = counts.get(Severity.ERROR);
        int warnings = counts.get(Severity.WARNING);
        message.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(counts.get(Severity.INFO)).append(" info)");
        int safe = found.fixesByConfidence().getOrDefault(FixConfidence.SAFE, 0);
        if (safe > 0) {
            // The way out, when there is one: fix applies safe fixes by default.
            message.append("; ").append(safe).append(safe == 1 ? " of them has" : " of them have")
                    .append(" a safe fix: run mvn corpus-lint:fix");
        }
        if (!reports.isEmpty()) {
            message.append("; reports: ");
            message.append(String.join(", ", reports.stream().map(Path::toString).toList()));
        }
        return message.toString();
    }
}
