package org.corpuslint.rule;

import java.nio.file.Path;
import java.util.ArrayList;
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

    public int getInt(String key, int defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "a whole number");
        }
    }

    public double getDouble(String key, double defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw invalid(key, value.get(), "a number");
        }
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, value.get(), "true or false");
        };
    }

    /**
     * A comma-separated list of files (vocabulary files, say), each resolved against the base
     * directory when relative; empty when the option is not set. A list in
     * {@code corpus-lint.yaml} arrives here comma-separated.
     */
    public List<Path> getPaths(String key) {
        List<Path> paths = new ArrayList<>();
        for (String part : get(key).orElse("").split(",")) {
            if (!part.isBlank()) {
                paths.add(baseDirectory.resolve(part.trim()).normalize());
            }
        }
        return paths;
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
