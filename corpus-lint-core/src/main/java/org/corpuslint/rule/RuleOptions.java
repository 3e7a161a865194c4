package org.corpuslint.rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The configured options of one rule, with typed accessors that fail with a clear message. */
public final class RuleOptions {

    private final String ruleId;
    private final Map<String, String> values;
    private final Path baseDirectory;
    private final Map<String, String> origins;

    public RuleOptions(String ruleId, Map<String, String> values) {
        this(ruleId, values, Path.of("").toAbsolutePath());
    }

    /**
     * @param baseDirectory the folder relative file paths in options are resolved against (the
     *     configuration file's folder)
     */
    public RuleOptions(String ruleId, Map<String, String> values, Path baseDirectory) {
        this(ruleId, values, baseDirectory, Map.of());
    }

    /**
     * @param origins where each option was set (a file and line), by key, for error messages
     */
    public RuleOptions(String ruleId, Map<String, String> values, Path baseDirectory,
            Map<String, String> origins) {
        this.ruleId = ruleId;
        this.values = new TreeMap<>(values);
        this.baseDirectory = baseDirectory;
        this.origins = Map.copyOf(origins);
    }

    public static RuleOptions empty(String ruleId) {
        return new RuleOptions(ruleId, Map.of());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim);
    }

    public String getString(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /**
     * The value of a declared option: the configured text parsed by the option's type, or its
     * declared default when the key is not configured.
     *
     * @throws IllegalArgumentException naming the rule, the option, what was expected and where
     *     the value was set, when the configured text is not a value of the type
     */
    public <T> T value(RuleOption<T> option) {
        String text = get(option.name()).orElse(option.defaultValue());
        try {
            return option.type().parse(text, baseDirectory);
        } catch (OptionType.Rejected e) {
            throw invalid(option.name(), text, e.expected());
        }
    }

    public int getInt(String key, int defaultValue) {
        return parsed(key, OptionType.INTEGER, defaultValue);
    }

    public double getDouble(String key, double defaultValue) {
        return parsed(key, OptionType.NUMBER, defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return parsed(key, OptionType.BOOLEAN, defaultValue);
    }

    /**
     * A comma-separated list of files (vocabulary files, say), each resolved against the base
     * directory when relative; empty when the option is not set. A list in
     * {@code corpus-lint.yaml} arrives here comma-separated.
     */
    public List<Path> getPaths(String key) {
        return parsed(key, OptionType.FILE_LIST, List.of());
    }

    private <T> T parsed(String key, OptionType<T> type, T defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return type.parse(value.get(), baseDirectory);
        } catch (OptionType.Rejected e) {
            throw invalid(key, value.get(), e.expected());
        }
    }

    /** All configured keys and values, sorted by key. */
    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** An error naming the rule, the option, what was expected and where it was set. */
    public IllegalArgumentException invalid(String key, String value, String expected) {
        String origin = origins.get(key);
        return new IllegalArgumentException("option '" + key + "' of rule '" + ruleId
                + "' is '" + value + "', expected " + expected
                + (origin == null ? "" : " (set at " + origin + ")"));
    }
}
