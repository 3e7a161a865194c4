package org.corpuslint.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.run.CheckRequest;
import org.corpuslint.run.EmptyRun;

/**
 * Writes the current findings to the baseline file ({@code corpus-lint-baseline.json} in the
 * project folder, or {@code baseline}), so that {@code check} from now on reports and fails only
 * on new findings: {@code mvn corpus-lint:baseline}. Run it again to shrink the baseline once
 * baselined findings are fixed. It takes the {@code check} goal's parameters for choosing and
 * configuring the rules, and never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("corpus-lint: baseline skipped (corpus-lint.skip)");
            return;
        }
        CheckRequest request = request();
        Path file = baselineFile();
        if (file.startsWith(request.corpusRoot())) {
            throw Setting.BASELINE.invalid(file + " lies inside the corpus directory "
                    + request.corpusRoot() + ", and only fix writes into the corpus; keep the"
                    + " baseline with the build, outside it");
        }
        try {
            Baseline baseline = Baseline.record(request.config(), request.corpusRoot(),
                    request.allowEmpty());
            baseline.write(file);
            int count = baseline.entries().size();
            getLog().info("corpus-lint baseline: wrote " + count
                    + (count == 1 ? " finding" : " findings") + " to " + file);
        } catch (EmptyRun.Failure e) {
            throw new MojoFailureException(e.getMessage());
        } catch (CorpusLintException e) {
            throw new MojoExecutionException("corpus-lint: " + e.getMessage(), e);
        }
    }
}
