package org.corpuslint.rule;

/**
 * An option a rule understands, documented with its default.
 *
 * @param name the key, as written in configuration ({@code earliestYear})
 * @param defaultValue the value used when the key is not configured, as text
 * @param description one sentence for the documentation
 */
public record RuleOption(String name, String defaultValue, String description) {}
