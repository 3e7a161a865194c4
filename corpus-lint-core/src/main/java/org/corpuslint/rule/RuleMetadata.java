package org.corpuslint.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusStatistic;

/**
 * What a rule declares about itself, readable without creating the rule: its stable id, default
 * severity, a one-line summary, a longer explanation (what it does and why it matters), an
 * example of text it reports, its typed options, the confidences of the fixes it may offer and
 * the corpus statistics it reads from the profile (only those of running rules are counted).
 * {@code docs/rules/<id>.md} documents the same, and a test keeps the two equal.
 */
public record RuleMetadata(
        String id, Severity defaultSeverity, String summary, String explanation, String example,
        List<RuleOption<?>> options, Set<FixConfidence> fixConfidences,
        List<CorpusStatistic<?>> statistics) {

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
        Set<FixConfidence> confidences = EnumSet.noneOf(FixConfidence.class);
        confidences.addAll(fixConfidences);
        fixConfidences = java.util.Collections.unmodifiableSet(confidences);
        statistics = List.copyOf(statistics);
    }

    /** A rule that reads no corpus statistic. */
    public RuleMetadata(
            String id, Severity defaultSeverity, String summary, String explanation, String example,
            List<RuleOption<?>> options, Set<FixConfidence> fixConfidences) {
        this(id, defaultSeverity, summary, explanation, example, options, fixConfidences,
                List.of());
    }

    /** This metadata, declaring that the rule reads {@code needed} from the corpus profile. */
    public RuleMetadata withStatistics(CorpusStatistic<?>... needed) {
        return new RuleMetadata(id, defaultSeverity, summary, explanation, example, options,
                fixConfidences, List.of(needed));
    }

    /** A rule that offers no fixes. (Raw {@code RuleOption} lists, as older rules write, too.) */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public RuleMetadata(
            String id, Severity defaultSeverity, String summary, String explanation,
            String example, List<? extends RuleOption> options) {
        this(id, defaultSeverity, summary, explanation, example,
                (List<RuleOption<?>>) (List<?>) List.copyOf(options), Set.of());
    }

    /** A rule without options that offers no fixes. */
    public RuleMetadata(
            String id, Severity defaultSeverity, String summary, String explanation,
            String example) {
        this(id, defaultSeverity, summary, explanation, example, List.of(), Set.of());
    }

    /** The option declared under {@code name}. */
    public Optional<RuleOption<?>> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The declared option names, sorted, for messages. */
    public List<String> optionNames() {
        List<String> names = new ArrayList<>();
        options.forEach(o -> names.add(o.name()));
        names.sort(null);
        return names;
    }
}
