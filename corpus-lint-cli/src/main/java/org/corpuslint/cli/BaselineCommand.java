package org.corpuslint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.run.BaselineExecutor;
import org.corpuslint.run.BaselineOutcome;
import org.corpuslint.run.BaselineRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-lint baseline [CORPUS]}: records the current findings through the core's
 * {@link BaselineExecutor}, so that {@code check} from then on reports only new ones.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Record the current findings as accepted; check then reports new ones"
                + " only.")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LintOptions lint;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The file to write (default: corpus-lint-baseline.json in the current"
                    + " folder, where check finds it); outside the corpus.")
    private Path baseline;

    @Option(names = "--allow-empty", paramLabel = "BOOLEAN", arity = "0..1",
            fallbackValue = "true",
            description = "Record an empty baseline when no document is linted.")
    private Boolean allowEmpty;

    @Override
    public Integer call() {
        LintTargets.Resolved resolved = LintTargets.resolve(lint);
        Path corpus = resolved.target().corpusRoot();
        Path file = (baseline != null ? baseline : Path.of(Baseline.DEFAULT_FILE_NAME))
                .toAbsolutePath().normalize();
        if (resolved.target().wouldWriteInside(file)) {
            throw new CorpusLintException("--baseline: " + file + " lies inside the corpus"
                    + " directory " + corpus + "; keep the baseline outside it");
        }
        BaselineOutcome outcome = new BaselineExecutor().execute(
                new BaselineRequest(resolved.target(), file, resolved.allowEmpty(allowEmpty)));
        if (outcome.failed()) {
            throw new CorpusLintException(outcome.summary());
        }
        spec.commandLine().getOut().println(outcome.summary());
        return ExitCodes.CLEAN;
    }
}
