package org.corpuslint.maven;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.corpuslint.model.Finding;
import org.corpuslint.report.GithubAnnotations;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;

/**
 * Prints GitHub Actions annotations for a check's findings. They go straight to standard
 * output, because the runner reads a workflow command only at the start of a line, and Maven's
 * log would put {@code [ERROR]} before it. File paths are relative to {@code GITHUB_WORKSPACE}
 * (the checkout) when the corpus lies in it, else relative to the folder the build runs in.
 */
final class GithubAnnotationPrinter {

    private final PrintStream out;
    private final UnaryOperator<String> environment;

    GithubAnnotationPrinter(PrintStream out, UnaryOperator<String> environment) {
        this.out = out;
        this.environment = environment;
    }

    static GithubAnnotationPrinter toStandardOutput() {
        return new GithubAnnotationPrinter(System.out, System::getenv);
    }

    /** On when {@code setting} is true, or when it is unset and GitHub Actions runs the build. */
    boolean enabled(Boolean setting) {
        return setting != null ? setting : "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    void printIfEnabled(Boolean setting, RunFindings result, Path workingDirectory,
            Path corpusRoot) {
        if (!enabled(setting)) {
            return;
        }
        String workspace = environment.apply("GITHUB_WORKSPACE");
        Path base = workingDirectory.toAbsolutePath().normalize();
        if (workspace != null && !workspace.isBlank()) {
            Path checkout = Path.of(workspace).toAbsolutePath().normalize();
            if (corpusRoot.toAbsolutePath().normalize().startsWith(checkout)) {
                base = checkout;
            }
        }
        try (FindingCursor findings = result.openFindings()) {
            while (findings.hasNext()) {
                Finding f = findings.next();
                out.println(GithubAnnotations.line(f,
                        FindingLog.displayPath(base, corpusRoot, f.path())));
            }
        }
        out.flush();
    }
}
