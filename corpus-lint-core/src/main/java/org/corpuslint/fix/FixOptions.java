package org.corpuslint.fix;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.corpuslint.model.Finding;
import org.corpuslint.model.FixConfidence;

/**
 * How {@code fix} runs.
 *
 * @param rules the ids of the rules whose fixes may be applied; empty for every rule
 * @param dryRun {@code true} to compute the diff of each file without writing anything
 * @param minimumConfidence the least confidence a fix needs to be applied; {@code SAFE} by
 *     default, because a fix that may be wrong changes someone's data. Choosing rules never
 *     lowers it.
 * @param patchFile where to write the diff of every changed file as one patch that
 *     {@code patch -p1} applies in the corpus folder, or {@code null} for none
 */
public record FixOptions(Set<String> rules, boolean dryRun, FixConfidence minimumConfidence,
        Path patchFile) {

    public static final FixOptions ALL_RULES = new FixOptions(Set.of(), false);

    public FixOptions {
        rules = java.util.Collections.unmodifiableSet(new TreeSet<>(rules));
        Objects.requireNonNull(minimumConfidence, "minimumConfidence");
    }

    /** Safe fixes only, no patch file. */
    public FixOptions(Set<String> rules, boolean dryRun) {
        this(rules, dryRun, FixConfidence.SAFE, null);
    }

    public boolean allows(String ruleId) {
        return rules.isEmpty() || rules.contains(ruleId);
    }

    /** The finding has a fix of a chosen rule, confident enough to apply. */
    public boolean applies(Finding finding) {
        return finding.fix() != null && allows(finding.ruleId())
                && finding.fix().confidence().atLeast(minimumConfidence);
    }

    /** The finding has a fix of a chosen rule that is held back for its confidence. */
    public boolean holdsBack(Finding finding) {
        return finding.fix() != null && allows(finding.ruleId())
                && !finding.fix().confidence().atLeast(minimumConfidence);
    }

    public FixOptions withDryRun(boolean value) {
        return new FixOptions(rules, value, minimumConfidence, patchFile);
    }

    public FixOptions withMinimumConfidence(FixConfidence value) {
        return new FixOptions(rules, dryRun, value, patchFile);
    }

    public FixOptions withPatchFile(Path value) {
        return new FixOptions(rules, dryRun, minimumConfidence, value);
    }
}
