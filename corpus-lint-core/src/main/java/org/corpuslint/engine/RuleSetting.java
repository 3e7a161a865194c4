package org.corpuslint.engine;

import java.util.Map;
import org.corpuslint.model.Severity;

/**
 * How the user configured one rule.
 *
 * @param enabled {@code null} to keep the rule's default (enabled)
 * @param severity {@code null} to keep the severities the rule chooses
 * @param options rule options by key
 * @param optionOrigins where an option was set ({@code /corpus/corpus-lint.yaml:7:21}), by key,
 *     so that a value the rule rejects can be pointed at; keys without an origin are absent
 */
public record RuleSetting(Boolean enabled, Severity severity, Map<String, String> options,
        Map<String, String> optionOrigins) {

    public static final RuleSetting DEFAULT = new RuleSetting(null, null, Map.of());

    public RuleSetting {
        options = Map.copyOf(options);
        optionOrigins = Map.copyOf(optionOrigins);
    }

    public RuleSetting(Boolean enabled, Severity severity, Map<String, String> options) {
        this(enabled, severity, options, Map.of());
    }

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    /** This setting with {@code other}'s explicit values laid over it. */
    public RuleSetting overriddenBy(RuleSetting other) {
        Map<String, String> merged = new java.util.HashMap<>(options);
        merged.putAll(other.options);
        Map<String, String> origins = new java.util.HashMap<>(optionOrigins);
        other.options.keySet().forEach(origins::remove);
        origins.putAll(other.optionOrigins);
        return new RuleSetting(other.enabled != null ? other.enabled : enabled,
                other.severity != null ? other.severity : severity, merged, origins);
    }
}
