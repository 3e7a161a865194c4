package org.corpuslint.eval.common;

import java.util.Locale;

/**
 * Counts of one evaluation: planted defects found (true positives), findings that match no
 * planted defect (false positives) and planted defects missed (false negatives).
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives,
                falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
    }

    /** Found / all findings; 1 when nothing was reported. */
    public double precision() {
        int reported = truePositives + falsePositives;
        return reported == 0 ? 1.0 : (double) truePositives / reported;
    }

    /** Found / planted; 1 when nothing was planted. */
    public double recall() {
        int planted = truePositives + falseNegatives;
        return planted == 0 ? 1.0 : (double) truePositives / planted;
    }

    /** {@code recall 96.0% (48/50), precision 97.9% (48/49)}. */
    public String summary() {
        return String.format(Locale.ROOT, "recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)",
                100 * recall(), truePositives, truePositives + falseNegatives,
                100 * precision(), truePositives, truePositives + falsePositives);
    }
}
