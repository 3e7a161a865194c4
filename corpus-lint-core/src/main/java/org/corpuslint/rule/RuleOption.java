package org.corpuslint.rule;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An option a rule understands: its key, its type, its one declared default and a sentence for
 * the documentation. The default is written here only; a rule reads the option's value through
 * {@link RuleOptions#value(RuleOption)}, which falls back to it.
 *
 * @param name the key, as written in configuration ({@code earliestYear})
 * @param type how a configured value is parsed and validated
 * @param defaultValue the value used when the key is not configured, as configuration text
 * @param description one sentence for the documentation
 * @param <T> the parsed value
 */
public record RuleOption<T>(String name, OptionType<T> type, String defaultValue,
        String description) {

    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        try {
            type.parse(defaultValue, Path.of(""));
        } catch (OptionType.Rejected e) {
            throw new IllegalArgumentException("the default '" + defaultValue + "' of option '"
                    + name + "' is not " + e.expected());
        }
    }

    /** A {@link OptionType#STRING string} option, read as the rule likes. */
    @SuppressWarnings("unchecked")
    public RuleOption(String name, String defaultValue, String description) {
        this(name, (OptionType<T>) OptionType.STRING, defaultValue, description);
    }
}
