package org.corpuslint.cli;

import java.nio.file.Path;

/**
 * Annotation paths must be relative to the checkout ({@code GITHUB_WORKSPACE}) for GitHub to
 * place them on the changed files; outside Actions, or for a corpus outside the checkout, they
 * are relative to the current folder.
 */
final class GithubPaths {

    private GithubPaths() {}

    static DisplayPaths forCorpus(Path corpusRoot) {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        if (workspace != null && !workspace.isBlank()) {
            Path checkout = Path.of(workspace).toAbsolutePath().normalize();
            if (corpusRoot.toAbsolutePath().normalize().startsWith(checkout)) {
                return new DisplayPaths(checkout, corpusRoot);
            }
        }
        return DisplayPaths.fromWorkingDirectory(corpusRoot);
    }
}
