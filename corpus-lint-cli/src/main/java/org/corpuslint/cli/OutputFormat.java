package org.corpuslint.cli;

/**
 * What {@code check} prints: compiler-style lines for people ({@code human}), GitHub Actions
 * annotations ({@code github}), or one of the core's report files ({@code sarif}, {@code json},
 * {@code checkstyle}, {@code html}), written to standard output or {@code --output}.
 */
enum OutputFormat {
    HUMAN, GITHUB, SARIF, JSON, CHECKSTYLE, HTML;

    /** The core report format's name, for a format that is a report file. */
    String reportFormat() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isReportFile() {
        return this != HUMAN && this != GITHUB;
    }
}
