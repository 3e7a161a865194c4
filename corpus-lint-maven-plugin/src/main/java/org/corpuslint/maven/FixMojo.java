package org.corpuslint.maven;

import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FileFix;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.fix.UnifiedDiff;
import org.corpuslint.report.ConsoleText;
import org.corpuslint.run.CheckRequest;

/**
 * Applies the safe fixes that findings carry (inserting a recovered date header, rewriting a
 * day-first date, deleting text glued to the header, and the fixes of any other rule) to the
 * corpus files: {@code mvn corpus-lint:fix}. With {@code -Dcorpus-lint.dryRun=true} it prints a
 * unified diff per file and writes nothing. A file changed since it was linted is skipped with a
 * warning. It takes the {@code check} goal's parameters for choosing and configuring the rules
 * (reports, thresholds and the baseline do not apply) and never fails on findings: run
 * {@code check} afterwards for what is left.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends CheckMojo {

    /** Print the diff of every file instead of writing the fixes. */
    @Parameter(property = "corpus-lint.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Comma-separated ids of the rules whose fixes may be applied; default: those of
     * {@code fix.rules} in {@code corpus-lint.yaml}, else every rule.
     */
    @Parameter(property = "corpus-lint.fixRules")
    private String fixRules;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip()) {
            getLog().info("corpus-lint: fix skipped (corpus-lint.skip)");
            return;
        }
        CheckRequest request = request();
        FixOutcome outcome;
        try {
            outcome = new CorpusFixer(request.config(), new FixOptions(rules(), dryRun))
                    .fix(request.corpusRoot());
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: " + e.getMessage(), e);
        }
        // Paths, notes and diff lines come from the corpus: escaped, so that no file name or
        // line can move the cursor, clear the terminal or start a log line of its own.
        for (FileFix file : outcome.files()) {
            String path = ConsoleText.escape(file.path());
            if (file.status().skipped()) {
                file.notes().forEach(note -> getLog().warn("corpus-lint fix: " + path + ": "
                        + ConsoleText.escape(note)));
                continue;
            }
            getLog().info("corpus-lint fix: " + path + ": " + file.fixesApplied()
                    + (file.fixesApplied() == 1 ? " fix" : " fixes")
                    + (dryRun ? " would be applied" : " applied"));
            file.notes().forEach(note -> getLog().info("  " + ConsoleText.escape(note)));
            if (dryRun) {
                UnifiedDiff.consoleLines(file.path(), file.diff()).forEach(getLog()::info);
            }
        }
        getLog().info(outcome.summary());
    }

    private Set<String> rules() throws MojoExecutionException {
        if (fixRules == null || fixRules.isBlank()) {
            return fileConfiguration().fixRules();
        }
        Set<String> ids = new TreeSet<>();
        KnownRules known = KnownRules.builtIn();
        for (String id : LintConfigFactory.split(fixRules)) {
            ids.add(known.requireRule(id, Setting.FIX_RULES));
        }
        return ids;
    }
}
