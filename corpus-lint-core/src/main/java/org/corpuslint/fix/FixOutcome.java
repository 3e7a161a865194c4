package org.corpuslint.fix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.FixConfidence;

/**
 * What a {@code fix} run did.
 *
 * @param lint the findings of the lint the fixes came from
 * @param files every file that had a fix to apply, by path
 * @param dryRun whether nothing was written
 * @param heldBack by confidence, the fixes of the chosen rules that the lint proposed but that
 *     were not applied because they are less sure than the minimum confidence
 * @param staleTempFilesRemoved temporary files of an interrupted {@code fix} removed from the
 *     corpus (in a dry run: that would be removed)
 */
public record FixOutcome(LintResult lint, List<FileFix> files, boolean dryRun,
        Map<FixConfidence, Integer> heldBack, int staleTempFilesRemoved) {

    public FixOutcome {
        files = List.copyOf(files);
        Map<FixConfidence, Integer> counts = new EnumMap<>(FixConfidence.class);
        heldBack.forEach((confidence, n) -> {
            if (n > 0) {
                counts.put(confidence, n);
            }
        });
        heldBack = java.util.Collections.unmodifiableMap(counts);
    }

    public FixOutcome(LintResult lint, List<FileFix> files, boolean dryRun) {
        this(lint, files, dryRun, Map.of(), 0);
    }

    /** Fixes applied (or, in a dry run, that would be). */
    public int fixesApplied() {
        return files.stream().filter(f -> !f.status().skipped())
                .mapToInt(FileFix::fixesApplied).sum();
    }

    /** Files written (or, in a dry run, that would be). */
    public long filesChanged() {
        return files.stream().filter(f -> !f.status().skipped()).count();
    }

    public List<FileFix> skipped() {
        return files.stream().filter(f -> f.status().skipped()).toList();
    }

    /** Fixes not applied because of their confidence. */
    public int fixesHeldBack() {
        return heldBack.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The diffs of every changed file, concatenated: a patch for {@code patch -p1}. Empty when
     * the files were handed out one by one ({@link CorpusFixer#apply(FixPlan,
     * java.util.function.Consumer)}), which keeps no diff.
     */
    public String diff() {
        StringBuilder all = new StringBuilder();
        files.forEach(f -> all.append(f.diff()));
        return all.toString();
    }

    /**
     * {@code corpus-lint fix: applied 3 fixes in 2 files} or {@code corpus-lint fix (dry run): 3
     * fixes in 2 files would be applied}, then the files skipped and the fixes held back for
     * their confidence, with the setting that applies them.
     */
    public String summary() {
        int fixes = fixesApplied();
        long changed = filesChanged();
        String counts = fixes + (fixes == 1 ? " fix" : " fixes") + " in " + changed
                + (changed == 1 ? " file" : " files");
        StringBuilder text = new StringBuilder(dryRun
                ? "corpus-lint fix (dry run): " + counts + " would be applied"
                : "corpus-lint fix: applied " + counts);
        int skipped = skipped().size();
        if (skipped > 0) {
            text.append("; ").append(skipped).append(skipped == 1 ? " file" : " files")
                    .append(" skipped");
        }
        if (staleTempFilesRemoved > 0) {
            text.append("; ").append(dryRun ? "would remove " : "removed ")
                    .append(staleTempFilesRemoved).append(" stale temporary ")
                    .append(staleTempFilesRemoved == 1 ? "file" : "files")
                    .append(" of an interrupted fix");
        }
        int held = fixesHeldBack();
        if (held > 0) {
            List<String> byConfidence = new ArrayList<>();
            heldBack.forEach((confidence, n) -> byConfidence.add(n + " " + confidence.label()));
            // The next step down: the surest of the held-back fixes.
            FixConfidence next = heldBack.keySet().iterator().next();
            text.append("; ").append(held).append(held == 1 ? " fix needs" : " fixes need")
                    .append(" review (").append(String.join(", ", byConfidence))
                    .append("): run with -Dcorpus-lint.fixConfidence=").append(next.label());
        }
        return text.toString();
    }
}
