package org.corpuslint.cli;

/**
 * The core's summaries name the Maven plugin's way to run a fix ({@code mvn corpus-lint:fix},
 * {@code -Dcorpus-lint.fixConfidence=likely}); on the command line the same advice is this
 * command's subcommand and option.
 */
final class MavenWording {

    private MavenWording() {}

    static String forCommandLine(String text) {
        return text.replace("mvn corpus-lint:fix", "corpus-lint fix")
                .replace("corpus-lint:fix", "corpus-lint fix")
                .replace("-Dcorpus-lint.fixConfidence=", "--fix-confidence ");
    }
}
