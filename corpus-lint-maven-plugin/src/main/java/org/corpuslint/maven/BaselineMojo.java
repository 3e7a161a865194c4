package org.corpuslint.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.corpuslint.run.BaselineExecutor;
import org.corpuslint.run.BaselineOutcome;
import org.corpuslint.run.BaselineRequest;

/**
 * Writes the current findings to the baseline file ({@code corpus-lint-baseline.json} in the
 * project folder, or {@code baseline}), so that {@code check} from now on reports and fails only
 * on new findings: {@code mvn corpus-lint:baseline}. Run it again to shrink the baseline once
 * baselined findings are fixed. It takes the parameters that choose and configure the documents
 * and rules, as {@code check} does, and never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractCorpusLintMojo {

    /**
     * The baseline file to write; by default {@code corpus-lint-baseline.json} in the project
     * folder, where {@code check} finds it. It must lie outside the corpus folder.
     */
    @Parameter(property = "corpus-lint.baseline")
    private File baseline;

    /**
     * Whether a run that lints no document may record an (empty) baseline; by default it fails
     * the build, as {@code check} does. Default: {@code allowEmpty} of {@code corpus-lint.yaml},
     * else {@code false}.
     */
    @Parameter(property = "corpus-lint.allowEmpty")
    private Boolean allowEmpty;

    @Override
    String goal() {
        return "baseline";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        LintParameters.Resolved lint = resolveLintParameters();
        Path file = baselineFile(baseline);
        requireOutsideCorpus(Setting.BASELINE, file, lint.target(),
                "and only fix writes into the corpus; keep the baseline with the build, outside"
                        + " it");
        BaselineOutcome outcome = new BaselineExecutor().execute(
                new BaselineRequest(lint.target(), file, lint.allowEmpty(allowEmpty)));
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.summary());
        }
        getLog().info(outcome.summary());
    }
}
