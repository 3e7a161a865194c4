package org.corpuslint.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.corpuslint.model.Severity;

/**
 * What a rule declares about itself: its stable id, default severity, a one-line summary, a
 * longer explanation (what it does and why it matters) and an example of text it reports.
 */
public record RuleMetadata(
        String id, Severity defaultSeverity, String summary, String explanation, String example,
        List<RuleOption> options) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(example, "example");
        options = List.copyOf(options);
    }

    public RuleMetadata(
            String id, Severity defaultSeverity, String summary, String explanation,
            String example) {
        this(id, defaultSeverity, summary, explanation, example, List.of());
    }
}
