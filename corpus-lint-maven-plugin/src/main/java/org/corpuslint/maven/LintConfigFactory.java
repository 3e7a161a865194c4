package org.corpuslint.maven;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.model.Severity;

/** Translates mojo parameters into a {@link LintConfig}; every bad value gets a clear message. */
final class LintConfigFactory {

    private LintConfigFactory() {}

    static LintConfig create(List<String> includes, List<String> excludes, String encoding,
            int threads, List<RuleConfiguration> rules, String disabledRules,
            String ruleSeverities) {
        LintConfig.Builder builder = LintConfig.builder()
                .includes(nonNull(includes))
                .excludes(nonNull(excludes))
                .charset(charset(encoding))
                .threads(threads);
        for (RuleConfiguration rule : nonNull(rules)) {
            if (rule.getId() == null || rule.getId().isBlank()) {
                throw new IllegalArgumentException("a <rule> in the configuration has no <id>");
            }
            Severity severity = rule.getSeverity() == null
                    ? null : severity(rule.getId(), rule.getSeverity());
            builder.rule(rule.getId().trim(),
                    new RuleSetting(rule.getEnabled(), severity, rule.getOptions()));
        }
        for (String id : split(disabledRules)) {
            builder.disableRule(id);
        }
        for (String pair : split(ruleSeverities)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("corpus-lint.ruleSeverities entry '" + pair
                        + "' is not of the form rule-id=severity");
            }
            String id = pair.substring(0, eq).trim();
            builder.ruleSeverity(id, severity(id, pair.substring(eq + 1)));
        }
        return builder.build();
    }

    private static Severity severity(String ruleId, String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity of rule '" + ruleId + "': "
                    + e.getMessage());
        }
    }

    private static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding == null || encoding.isBlank() ? "UTF-8" : encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + encoding + "'");
        }
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Map<String, String> nonNull(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
