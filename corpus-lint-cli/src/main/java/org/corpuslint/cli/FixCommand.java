package org.corpuslint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.corpuslint.config.FileConfiguration;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.fix.FileFix;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.fix.UnifiedDiff;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.report.ConsoleText;
import org.corpuslint.run.FixExecutor;
import org.corpuslint.run.FixRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-lint fix [CORPUS]}: applies the findings' fixes through the core's
 * {@link FixExecutor}, as the plugin's {@code fix} goal does. With {@code --dry-run} it writes
 * nothing into the corpus and prints the unified diff (a patch for {@code patch -p1} in the
 * corpus folder) on standard output, or writes it to {@code --patch}; the progress lines go to
 * standard error, so the output is the patch alone.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Apply the findings' fixes to the corpus files (safe ones by default).")
final class FixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LintOptions lint;

    @Option(names = {"-n", "--dry-run"},
            description = "Write nothing; print the patch (or write it to --patch).")
    private boolean dryRun;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Also write the diffs as one patch for patch -p1 in the corpus"
                    + " folder; outside the corpus.")
    private Path patchFile;

    @Option(names = "--fix-rules", paramLabel = "RULE", split = ",",
            description = "Only these rules' fixes (default: fix.rules of corpus-lint.yaml,"
                    + " else every rule).")
    private Set<String> fixRules;

    @Option(names = "--fix-confidence", paramLabel = "CONFIDENCE",
            description = "The least confidence applied: safe (default), likely or unsure.")
    private String fixConfidence;

    @Override
    public Integer call() {
        LintTargets.Resolved resolved = LintTargets.resolve(lint);
        Path corpus = resolved.target().corpusRoot();
        Path patch = patchFile == null ? null : patchFile.toAbsolutePath().normalize();
        if (patch != null && resolved.target().wouldWriteInside(patch)) {
            throw new CorpusLintException("--patch: " + patch + " lies inside the corpus"
                    + " directory " + corpus + "; only the fixes are written into the corpus");
        }
        FixOptions options = new FixOptions(rules(resolved.file()), dryRun,
                confidence(resolved.file()), patch);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean patchToOutput = dryRun && patch == null;
        FixOutcome outcome = new FixExecutor().execute(new FixRequest(resolved.target(), options),
                file -> report(file, patchToOutput, out, err));
        out.flush();
        err.println(MavenWording.forCommandLine(outcome.summary()));
        if (patch != null) {
            err.println("corpus-lint fix: wrote the patch " + patch
                    + " (apply it in the corpus folder with patch -p1)");
        }
        err.flush();
        return ExitCodes.CLEAN;
    }

    /**
     * One file's outcome, as soon as it is done, so no diff is kept for the whole corpus. Paths,
     * notes and diff lines come from the corpus: escaped, so none can move the cursor or clear
     * the terminal.
     */
    private void report(FileFix file, boolean patchToOutput, PrintWriter out, PrintWriter err) {
        String path = ConsoleText.escape(file.path());
        if (file.status().skipped()) {
            file.notes().forEach(note -> err.println("corpus-lint fix: " + path + ": "
                    + ConsoleText.escape(note)));
            return;
        }
        err.println("corpus-lint fix: " + path + ": " + file.fixesApplied()
                + (file.fixesApplied() == 1 ? " fix" : " fixes")
                + (dryRun ? " would be applied" : " applied"));
        file.notes().forEach(note -> err.println("  " + ConsoleText.escape(note)));
        if (patchToOutput) {
            UnifiedDiff.consoleLines(file.path(), file.diff()).forEach(out::println);
        }
    }

    private FixConfidence confidence(FileConfiguration file) {
        if (fixConfidence == null || fixConfidence.isBlank()) {
            return file.fixConfidenceOr(null);
        }
        try {
            return file.fixConfidenceOr(FixConfidence.parse(fixConfidence));
        } catch (IllegalArgumentException e) {
            throw new CorpusLintException("--fix-confidence: '" + fixConfidence
                    + "' is not one of safe, likely, unsure");
        }
    }

    private Set<String> rules(FileConfiguration file) {
        if (fixRules == null || fixRules.isEmpty()) {
            return file.fixRules();
        }
        Set<String> ids = new TreeSet<>();
        fixRules.stream().filter(id -> !id.isBlank())
                .forEach(id -> ids.add(LintTargets.rule(id, "--fix-rules")));
        return ids;
    }
}
