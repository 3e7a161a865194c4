package org.corpuslint.fix;

import java.util.List;
import org.corpuslint.engine.LintResult;

/**
 * What a {@code fix} run did.
 *
 * @param lint the findings of the lint the fixes came from
 * @param files every file that had a fix to apply, by path
 * @param dryRun whether nothing was written
 * @param staleTempFilesRemoved temporary files of an interrupted {@code fix} removed from the
 *     corpus (in a dry run: that would be removed)
 */
public record FixOutcome(LintResult lint, List<FileFix> files, boolean dryRun,
        int staleTempFilesRemoved) {

    public FixOutcome {
        files = List.copyOf(files);
    }

    public FixOutcome(LintResult lint, List<FileFix> files, boolean dryRun) {
        this(lint, files, dryRun, 0);
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

    /** The diffs of every changed file, concatenated: a patch for {@code patch -p1}. */
    public String diff() {
        StringBuilder all = new StringBuilder();
        files.forEach(f -> all.append(f.diff()));
        return all.toString();
    }

    /** {@code fix: 3 fixes in 2 files} or {@code fix (dry run): 3 fixes in 2 files would be applied}. */
    public String summary() {
        int fixes = fixesApplied();
        long changed = filesChanged();
        String counts = fixes + (fixes == 1 ? " fix" : " fixes") + " in " + changed
                + (changed == 1 ? " file" : " files");
        String text = dryRun ? "corpus-lint fix (dry run): " + counts + " would be applied"
                : "corpus-lint fix: applied " + counts;
        int skipped = skipped().size();
        if (skipped > 0) {
            text += "; " + skipped + (skipped == 1 ? " file" : " files") + " skipped";
        }
        if (staleTempFilesRemoved > 0) {
            text += "; " + (dryRun ? "would remove " : "removed ") + staleTempFilesRemoved
                    + " stale temporary " + (staleTempFilesRemoved == 1 ? "file" : "files")
                    + " of an interrupted fix";
        }
        return text;
    }
}
