package org.corpuslint.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;

/**
 * Generates run configurations: include and exclude globs, rules switched off or re-ranked, and
 * rule options with valid and invalid values. Each invalid value is one the engine must refuse
 * with a {@code CorpusLintException} before linting; everything else must run.
 */
final class HostileConfigs {

    /**
     * A configuration, whether it is meant to be refused, and what it holds (for messages). With
     * a {@code yaml} text the configuration is read from {@code corpus-lint.yaml} in the corpus
     * instead, and may be refused or not, but only with a {@code CorpusLintException}.
     */
    record FuzzConfig(LintConfig config, boolean invalid, boolean defaultSelection,
            List<String> description, String yaml) {

        FuzzConfig(LintConfig config, boolean invalid, boolean defaultSelection,
                List<String> description) {
            this(config, invalid, defaultSelection, description, null);
        }

        static FuzzConfig fromYaml(String yaml) {
            return new FuzzConfig(null, false, false,
                    List.of("corpus-lint.yaml: " + CaseChecks.printable(yaml)), yaml);
        }

        /** This configuration as read from the YAML file. */
        FuzzConfig read(LintConfig loaded) {
            return new FuzzConfig(loaded, false, false, description, yaml);
        }
    }

    private static final String[] RULES = {"missing-date", "boilerplate", "typo",
        "unattributed-caption", "orphan-credit", "truncated-text", "duplicate-line",
        "invalid-input", "rule-failure"};
    private static final String[] VALID_GLOBS = {"**/*.txt", "*.txt", "**/*", "**", "**/*.TXT",
        "**/[a-m]*.txt", "**/{a,b,c}*", "a/**", "deep/**", "**/-*.txt", "**/ *", "?*.txt",
        "**/*é*", "../outside/**", "/etc/**", "**/../**", "**/.*", "outlet one/", "  ", "",
        "**/*[!x].txt", "**/\\*.txt", "日本/**", "**/*\u200B*"};
    private static final String[] INVALID_GLOBS = {"[", "**/[a-", "{a,b", "{a,{b}}", "**/[!",
        "*{"};

    private static final String[] VALID_DATES = {"today", "TODAY", "2024-07-01", "1999-12-31",
        "2000-02-29"};
    private static final String[] INVALID_DATES = {"2024-13-01", "yesterday", "2023-02-29",
        "07/01/2024", "2024-07-01T00:00", "\u0000", "２０２４-０７-０１"};
    private static final String[] VALID_INTS = {"2", "3", "5", "10", "1000", "2147483647",
        " 7 "};
    private static final String[] INVALID_INTS = {"abc", "1e3", "9999999999", "3.5", "-", "",
        "0x10"};
    private static final String[] VALID_FRACTIONS = {"0", "1", "0.5", "0.01", "1e-3", ".5"};
    private static final String[] INVALID_FRACTIONS = {"NaN", "-0.1", "1.5", "Infinity",
        "half", "1e400"};
    private static final String[] VALID_KINDS = {"donation", "share,comments", "",
        " navigation , tip ", "repeated,header", ",,,"};
    private static final String[] INVALID_KINDS = {"nonsense", "share;comments", "SHARE2",
        "donation,\u0000"};
    private static final String[] VALID_PHRASES = {"share:Share this article",
        "donation:=Donate now", "navigation:^Read more", "tip:/ferr(y|ies)/",
        "share:/^\\s*follow us/", "copyright:/©\\s*\\d{4}/;share:Click here",
        "advertisement:/a{1,3}d/", "related:/[\\p{L}&&[^a]]+/", "share:/\\bx\\b|y/"};
    private static final String[] INVALID_PHRASES = {"share", "nokind:phrase", "share:/(/",
        "share:/[a-/", "header:Share this", "repeated:words", "share:", "share:/*/"};
    private static final String[] VALID_VARIANTS = {"en-US", "en-GB,en-AU", " en-CA ",
        "en-US,en-GB,en-AU,en-CA,en-NZ"};
    private static final String[] INVALID_VARIANTS = {"de-DE", "en", ",", "en-US,xx",
        "EN-us"};
    private static final String[] VALID_BOOLEANS = {"true", "false", "yes", "no", "on", "OFF"};
    private static final String[] INVALID_BOOLEANS = {"maybe", "1", "tru", "\u200Btrue"};
    private static final String[] AGENCIES = {"", "Harbour Wire", "A,B,,C", "(((",
        "Reuters,AP", "\u202Eevil", "x".repeat(500)};

    private HostileConfigs() {}

    static FuzzConfig generate(Random random) {
        LintConfig.Builder builder = LintConfig.builder()
                .threads(random.nextInt(4) == 0 ? 1 : 2)
                .ruleOption("missing-date", "referenceDate", "2024-07-01");
        List<String> description = new ArrayList<>();
        boolean[] invalid = {false};
        // The last value set for an option wins; the engine validates every configured option
        // from the rule descriptors before the run, a rule that is off included.
        Map<String, Boolean> badOptions = new HashMap<>();
        boolean defaultSelection = true;
        if (random.nextInt(4) == 0) {
            List<String> includes = globs(random, invalid, description, "include");
            builder.includes(includes);
            defaultSelection = false;
        }
        if (random.nextInt(4) == 0) {
            builder.excludes(globs(random, invalid, description, "exclude"));
            defaultSelection = false;
        }
        int settings = random.nextInt(5);
        for (int i = 0; i < settings; i++) {
            String rule = RULES[random.nextInt(RULES.length)];
            switch (random.nextInt(3)) {
                case 0 -> {
                    builder.disableRule(rule);
                    description.add(rule + " off");
                    if (rule.equals("invalid-input")) {
                        defaultSelection = false; // its findings are no longer expected
                    }
                }
                case 1 -> {
                    Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                    builder.ruleSeverity(rule, severity);
                    description.add(rule + " " + severity);
                }
                default -> option(random, builder, badOptions, description);
            }
        }
        if (random.nextInt(20) == 0) {
            builder.ruleSeverity("no-such-rule", Severity.INFO);
            description.add("unknown rule no-such-rule");
            invalid[0] = true;
        }
        badOptions.forEach((key, bad) -> invalid[0] |= bad);
        return new FuzzConfig(builder.build(), invalid[0], defaultSelection,
                List.copyOf(description));
    }

    private static List<String> globs(Random random, boolean[] invalid, List<String> description,
            String kind) {
        List<String> globs = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(8) == 0) {
                globs.add(INVALID_GLOBS[random.nextInt(INVALID_GLOBS.length)]);
                invalid[0] = true;
            } else {
                globs.add(VALID_GLOBS[random.nextInt(VALID_GLOBS.length)]);
            }
        }
        description.add(kind + " " + globs);
        return globs;
    }

    /** One option of one rule, valid or (one time in four) invalid. */
    private static void option(Random random, LintConfig.Builder builder,
            Map<String, Boolean> badOptions, List<String> description) {
        boolean bad = random.nextInt(4) == 0;
        String[] option = switch (random.nextInt(10)) {
            case 0 -> new String[] {"missing-date", "referenceDate",
                pick(random, bad ? INVALID_DATES : VALID_DATES)};
            case 1 -> new String[] {"missing-date", "earliestYear",
                pick(random, bad ? INVALID_INTS : VALID_INTS)};
            case 2 -> new String[] {"boilerplate", "minRepeatDocuments",
                pick(random, bad ? INVALID_INTS : VALID_INTS)};
            case 3 -> new String[] {"boilerplate", "minRepeatFraction",
                pick(random, bad ? INVALID_FRACTIONS : VALID_FRACTIONS)};
            case 4 -> new String[] {"boilerplate", "disabledKinds",
                pick(random, bad ? INVALID_KINDS : VALID_KINDS)};
            case 5 -> new String[] {"boilerplate", "extraPhrases",
                pick(random, bad ? INVALID_PHRASES : VALID_PHRASES)};
            case 6 -> new String[] {"typo", "variants",
                pick(random, bad ? INVALID_VARIANTS : VALID_VARIANTS)};
            case 7 -> new String[] {"typo", "reportUnknown",
                pick(random, bad ? INVALID_BOOLEANS : VALID_BOOLEANS)};
            case 8 -> new String[] {"typo", "minDominance",
                pick(random, bad ? INVALID_INTS : VALID_INTS)};
            default -> {
                bad = false; // any text is a list of agency names
                yield new String[] {random.nextBoolean() ? "orphan-credit"
                        : "unattributed-caption", "agencies", pick(random, AGENCIES)};
            }
        };
        builder.ruleOption(option[0], option[1], option[2]);
        description.add(option[0] + "." + option[1] + "='" + option[2] + "'"
                + (bad ? " (invalid)" : ""));
        badOptions.put(option[0] + "." + option[1], bad);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
