package org.corpuslint.cli;

/**
 * What {@code check} prints: compiler-style lines for people ({@code human}), GitHub Actions
 * annotations ({@code github}), GitLab's code quality report ({@code gitlab}), or one of the core's report files ({@code sarif}, {@code json},
 * {@code checkstyle}, {@code html}), written to standard output or {@code --output}.
 */
enum OutputFormat {
    HUMAN, GITHUB, GITLAB, SARIF, JSON, CHECKSTYLE, HTML;

    /** The core report format's name, for a format that is a report file. */
    String reportFormat() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isReportFile() {
        return this != HUMAN && this != GITHUB && this != GITLAB;
    }

    /** Whether the format may go to {@code --output} instead of standard output. */
    boolean isFile() {
        return isReportFile() || this == GITLAB;
    }
}
