package org.corpuslint.baseline;

/**
 * One accepted finding in {@code corpus-lint-baseline.json}. Only {@code rule}, {@code path},
 * {@code text} and {@code context} are matched; {@code line} and {@code message} are there for
 * the person reviewing the file.
 */
public record BaselineEntry(String rule, String path, String text, String context, int line,
        String message) {

    Fingerprint fingerprint() {
        return new Fingerprint(rule, path, text, context);
    }
}
