package org.corpuslint.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <rule>} element of the plugin configuration:
 * <pre>{@code
 * <rules>
 *   <rule><id>missing-date</id><severity>warning</severity><options><earliestYear>2000</earliestYear></options></rule>
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

    /** Rule options by name, as the rule declares them in its metadata. */
    private Map<String, String> options;

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

    /** The options; an empty element ({@code <earliestYear/>}) counts as an empty value. */
    public Map<String, String> getOptions() {
        Map<String, String> copy = new LinkedHashMap<>();
        if (options != null) {
            options.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        }
        return copy;
    }

    public void setOptions(Map<String, String> options) {
        this.options = options;
    }
}
