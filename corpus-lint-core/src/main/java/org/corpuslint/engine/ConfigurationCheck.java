package org.corpuslint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/**
 * The one validation of rule settings: rule ids, option keys and option values, corpus-wide and
 * per folder. The engine runs it before the corpus is read; front ends call it for single
 * settings and only rephrase its {@link InvalidRuleSetting} with the place the setting came from.
 * Everything is read from rule descriptors: no rule is created.
 */
public final class ConfigurationCheck {

    private final Map<String, RuleMetadata> byId = new TreeMap<>();

    private ConfigurationCheck(List<RuleMetadata> rules) {
        rules.forEach(m -> byId.put(m.id(), m));
    }

    /** A check against exactly {@code rules}. */
    public static ConfigurationCheck of(List<RuleMetadata> rules) {
        return new ConfigurationCheck(rules);
    }

    /** A check against the catalog's rules and the engine's own findings. */
    public static ConfigurationCheck of(RuleCatalog catalog) {
        return of(withEngineFindings(catalog));
    }

    /** The catalog's descriptors followed by those of the engine's own findings. */
    static List<RuleMetadata> withEngineFindings(RuleCatalog catalog) {
        List<RuleMetadata> all = new ArrayList<>(catalog.descriptors());
        all.add(InputProblems.INVALID_INPUT);
        all.add(InputProblems.RULE_FAILURE);
        return all;
    }

    /** The known rule ids, sorted. */
    public List<String> ruleIds() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The descriptor of rule {@code id}.
     *
     * @param where where the id was named, for the message ({@code the configuration})
     * @throws InvalidRuleSetting ({@link InvalidRuleSetting.Problem#UNKNOWN_RULE})
     */
    public RuleMetadata rule(String id, String where) {
        RuleMetadata descriptor = byId.get(id);
        if (descriptor == null) {
            throw new InvalidRuleSetting(InvalidRuleSetting.Problem.UNKNOWN_RULE, id, null,
                    ruleIds(), "unknown rule '" + id + "' in " + where + "; known rules: "
                            + String.join(", ", byId.keySet()), null);
        }
        return descriptor;
    }

    /**
     * Fails on the first key, in sorted order, that rule {@code id} does not declare.
     *
     * @throws InvalidRuleSetting ({@link InvalidRuleSetting.Problem#UNKNOWN_OPTION}) naming the
     *     rule, the key and the rule's keys
     */
    public void optionKeys(String id, Iterable<String> keys) {
        RuleMetadata descriptor = rule(id, "the configuration");
        TreeSet<String> sorted = new TreeSet<>();
        keys.forEach(sorted::add);
        for (String key : sorted) {
            if (descriptor.option(key).isEmpty()) {
                List<String> declared = descriptor.optionNames();
                throw new InvalidRuleSetting(InvalidRuleSetting.Problem.UNKNOWN_OPTION, id, key,
                        declared, "unknown option '" + key + "' of rule '" + id + "'; "
                                + (declared.isEmpty() ? "it takes no options"
                                        : "known options: " + String.join(", ", declared)),
                        null);
            }
        }
    }

    /**
     * Fails on the first configured value, in sorted key order, that its option's type rejects;
     * the message says where the value was set when the setting knows.
     */
    public void optionValues(String id, RuleSetting setting, Path baseDirectory) {
        RuleMetadata descriptor = rule(id, "the configuration");
        RuleOptions options = new RuleOptions(id, setting.options(), baseDirectory,
                setting.optionOrigins());
        for (String key : new TreeSet<>(setting.options().keySet())) {
            RuleOption<?> option = descriptor.option(key).orElseThrow();
            try {
                options.value(option);
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleSetting(InvalidRuleSetting.Problem.INVALID_VALUE, id, key,
                        List.of(), "invalid configuration: " + e.getMessage(), e);
            }
        }
    }

    /** Validates every rule setting of {@code config}, corpus-wide and per folder. */
    public void validate(LintConfig config) {
        List<Map<String, RuleSetting>> all = new ArrayList<>();
        all.add(config.ruleSettings());
        config.overrides().forEach(o -> all.add(o.rules()));
        for (Map<String, RuleSetting> settings : all) {
            settings.keySet().forEach(id -> rule(id, "the configuration"));
        }
        for (Map<String, RuleSetting> settings : all) {
            for (Map.Entry<String, RuleSetting> entry : new TreeMap<>(settings).entrySet()) {
                optionKeys(entry.getKey(), entry.getValue().options().keySet());
                optionValues(entry.getKey(), entry.getValue(), config.baseDirectory());
            }
        }
    }
}
