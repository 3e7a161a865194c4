package org.corpuslint.engine;

import java.util.Map;
import org.corpuslint.model.Severity;

/**
 * How the user configured one rule.
 *
 * @param enabled {@code null} to keep the rule's default (enabled)
 * @param severity {@code null} to keep the severities the rule chooses
 * @param options rule options by key
 */
public record RuleSetting(Boolean enabled, Severity severity, Map<String, String> options) {

    public static final RuleSetting DEFAULT = new RuleSetting(null, null, Map.of());

    public RuleSetting {
        options = Map.copyOf(options);
    }

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    /** This setting with {@code other}'s explicit values laid over it. */
    public RuleSetting overriddenBy(RuleSetting other) {
        Map<String, String> merged = new java.util.HashMap<>(options);
        merged.putAll(other.options);
        return new RuleSetting(other.enabled != null ? other.enabled : enabled,
                other.severity != null ? other.severity : severity, merged);
    }
}
