package org.corpuslint.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Finding;

/**
 * A run's findings set against a baseline.
 *
 * @param baselineFile the baseline that was used
 * @param newFindings findings not in the baseline: these are reported and can fail the build
 * @param baselined the number of findings the baseline accepted
 * @param fixed baseline entries no finding matched any more: fixed since the baseline was made
 */
public record BaselineComparison(Path baselineFile, List<Finding> newFindings, int baselined,
        List<BaselineEntry> fixed) {

    public BaselineComparison {
        newFindings = List.copyOf(newFindings);
        fixed = List.copyOf(fixed);
    }

    /** Lines for the console: what the baseline hid, and whether it can shrink. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("corpus-lint baseline " + baselineFile + ": " + baselined
                + (baselined == 1 ? " finding is" : " findings are")
                + " in the baseline and not reported");
        if (!fixed.isEmpty()) {
            lines.add(fixed.size() + (fixed.size() == 1 ? " baselined finding is" :
                    " baselined findings are") + " fixed; run corpus-lint:baseline to shrink the"
                    + " baseline");
        }
        return lines;
    }
}
