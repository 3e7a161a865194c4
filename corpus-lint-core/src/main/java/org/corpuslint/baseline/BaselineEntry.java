package org.corpuslint.baseline;

/**
 * One accepted finding in {@code corpus-lint-baseline.json}. Only {@code rule}, {@code path},
 * {@code text} and {@code context} are matched; {@code line} and {@code message} are there for
 * the person reviewing the file.
 */
public record BaselineEntry(String rule, String path, String text, String context, int line,
        String message) {

    /** The entry accepting {@code finding}, whose fingerprint is {@code print}. */
    public static BaselineEntry of(org.corpuslint.model.Finding finding, Fingerprint print) {
        return new BaselineEntry(print.rule(), print.path(), print.text(), print.context(),
                finding.start().line(), finding.message());
    }

    Fingerprint fingerprint() {
        return new Fingerprint(rule, path, text, context);
    }
}
