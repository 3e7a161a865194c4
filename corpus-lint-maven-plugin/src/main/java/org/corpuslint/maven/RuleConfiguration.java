package org.corpuslint.maven;

import java.util.Map;

/**
 * One {@code <rule>} element of the plugin configuration:
 * <pre>{@code
 * <rules>
 *   <rule><id>typo</id><severity>warning</severity><options><minLength>4</minLength></options></rule>
 *   <rule><id>boilerplate</id><enabled>false</enabled></rule>
 * </rules>
 * }</pre>
 */
public class RuleConfiguration {

    /** The rule id. */
    private String id;

    /** {@code false} switches the rule off. */
    private Boolean enabled;

    /** {@code error}, {@code warning} or {@code info}; replaces the rule's own severities. */
    private String severity;

    /** Rule options by name. */
    private Map<String, String> options = Map.of();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public Map<String, String> getOptions() {
        return options;
    }

    public void setOptions(Map<String, String> options) {
        this.options = options == null ? Map.of() : options;
    }
}
