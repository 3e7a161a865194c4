package org.corpuslint.maven;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.fix.FileFix;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.fix.UnifiedDiff;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.report.ConsoleText;
import org.corpuslint.run.FixExecutor;
import org.corpuslint.run.FixRequest;

/**
 * Applies the fixes that findings carry to the corpus files: {@code mvn corpus-lint:fix}. By
 * default only safe ones (rewriting a day-first header date, deleting text glued to the header,
 * deleting an exact duplicate line, correcting a name the corpus spells one way 20 times or
 * more); {@code -Dcorpus-lint.fixConfidence=likely} or {@code unsure} applies more, and the
 * summary says how many wait. With {@code -Dcorpus-lint.dryRun=true} it prints a unified diff
 * per file and writes nothing; {@code -Dcorpus-lint.patchFile=fixes.patch} also writes the diffs
 * as one patch for {@code patch -p1} in the corpus folder. A file changed since it was linted is
 * skipped with a warning. Files are fixed one by one, so memory does not grow with the corpus. It
 * takes the parameters that choose and configure the documents and rules, as {@code check} does
 * (not check's reports, thresholds or baseline), and never fails on findings: run {@code check}
 * afterwards for what is left.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractCorpusLintMojo {

    /** Print the diff of every file instead of writing the fixes. */
    @Parameter(property = "corpus-lint.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Comma-separated ids of the rules whose fixes may be applied; default: those of
     * {@code fix.rules} in {@code corpus-lint.yaml}, else every rule.
     */
    @Parameter(property = "corpus-lint.fixRules")
    private String fixRules;

    /**
     * The least confidence of the fixes applied: {@code safe}, {@code likely} or
     * {@code unsure}; default: {@code fix.confidence} of {@code corpus-lint.yaml}, else
     * {@code safe}. Choosing {@code fixRules} does not lower it.
     */
    @Parameter(property = "corpus-lint.fixConfidence")
    private String fixConfidence;

    /**
     * Also write the diffs of every changed file to this file, one patch that
     * {@code patch -p1} applies in the corpus folder (with {@code dryRun}, a preview to apply
     * later; without, a record of what was changed). It must lie outside the corpus folder.
     */
    @Parameter(property = "corpus-lint.patchFile")
    private File patchFile;

    @Override
    String goal() {
        return "fix";
    }

    @Override
    void run() throws MojoExecutionException {
        LintParameters.Resolved lint = resolveLintParameters();
        FixOptions options = new FixOptions(rules(lint.file()), dryRun,
                confidence(lint.file()), patchFile == null ? null : patchFile.toPath());
        // Each file is logged as soon as it is done, so no diff is kept for the whole corpus.
        FixOutcome outcome = new FixExecutor().execute(new FixRequest(lint.target(), options),
                this::log);
        getLog().info(outcome.summary());
        if (patchFile != null) {
            getLog().info("corpus-lint fix: wrote the patch " + options.patchFile()
                    + " (apply it in the corpus folder with patch -p1)");
        }
    }

    /**
     * Paths, notes and diff lines come from the corpus: escaped, so that no file name or line can
     * move the cursor, clear the terminal or start a log line of its own.
     */
    private void log(FileFix file) {
        String path = ConsoleText.escape(file.path());
        if (file.status().skipped()) {
            file.notes().forEach(note -> getLog().warn("corpus-lint fix: " + path + ": "
                    + ConsoleText.escape(note)));
            return;
        }
        getLog().info("corpus-lint fix: " + path + ": " + file.fixesApplied()
                + (file.fixesApplied() == 1 ? " fix" : " fixes")
                + (dryRun ? " would be applied" : " applied"));
        file.notes().forEach(note -> getLog().info("  " + ConsoleText.escape(note)));
        if (dryRun) {
            UnifiedDiff.consoleLines(file.path(), file.diff()).forEach(getLog()::info);
        }
    }

    private FixConfidence confidence(FileConfiguration file) throws MojoExecutionException {
        if (fixConfidence == null || fixConfidence.isBlank()) {
            return file.fixConfidenceOr(null);
        }
        try {
            return file.fixConfidenceOr(FixConfidence.parse(fixConfidence));
        } catch (IllegalArgumentException e) {
            throw Setting.FIX_CONFIDENCE.invalid("'" + fixConfidence
                    + "' is not one of safe, likely, unsure");
        }
    }

    private Set<String> rules(FileConfiguration file) throws MojoExecutionException {
        if (fixRules == null || fixRules.isBlank()) {
            return file.fixRules();
        }
        Set<String> ids = new TreeSet<>();
        KnownRules known = KnownRules.builtIn();
        for (String id : LintConfigFactory.split(fixRules)) {
            ids.add(known.requireRule(id, Setting.FIX_RULES));
        }
        return ids;
    }
}
