package org.corpuslint.cli;

import java.nio.file.Path;

/**
 * Paths in CI annotations and reports must be relative to the checkout for the CI to place
 * them on the changed files: GitHub Actions names it {@code GITHUB_WORKSPACE}, GitLab CI
 * {@code CI_PROJECT_DIR}. Outside CI, or for a corpus outside the checkout, they are relative
 * to the current folder.
 */
final class CheckoutPaths {

    static final String GITHUB = "GITHUB_WORKSPACE";
    static final String GITLAB = "CI_PROJECT_DIR";

    private CheckoutPaths() {}

    static DisplayPaths forCorpus(Path corpusRoot, String checkoutVariable) {
        String checkout = System.getenv(checkoutVariable);
        if (checkout != null && !checkout.isBlank()) {
            Path folder = Path.of(checkout).toAbsolutePath().normalize();
            if (corpusRoot.toAbsolutePath().normalize().startsWith(folder)) {
                return new DisplayPaths(folder, corpusRoot);
            }
        }
        return DisplayPaths.fromWorkingDirectory(corpusRoot);
    }
}
