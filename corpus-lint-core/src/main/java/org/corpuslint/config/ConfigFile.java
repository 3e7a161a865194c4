package org.corpuslint.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.FolderOverride;
import org.corpuslint.engine.InvalidRuleSetting;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.RuleSetting;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.OptionFile;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.RuleMetadata;

/**
 * Reads {@code corpus-lint.yaml}, the one configuration the Maven plugin, the library and an IDE
 * share. Every unknown key and bad value is a {@link CorpusLintException} that names the file,
 * the line and column, and the key ({@code rules.boilerplate.severity}). The schema is in the
 * README; in short:
 *
 * <pre>{@code
 * includes: ["**" + "/*.txt"]
 * excludes: [drafts/**]
 * encoding: UTF-8
 * maxFileSize: 10485760            # bytes; larger files are invalid-input, not read
 * maxLineLength: 100000
 * maxTokenLength: 1000             # longest run without a space not reported
 * followLinks: false               # lint the targets of links that lead out of the corpus
 * jsonLines: { text: text, id: id, date: date, source: source }   # JSON Lines field names
 * rules:
 *   missing-date: { severity: warning, options: { earliestYear: 2000 } }
 *   boilerplate: off               # or: error | warning | info | on
 * overrides:
 *   - folder: outlet-a
 *     rules: { boilerplate: error }
 * fix:
 *   rules: [missing-date]
 *   confidence: likely             # safe (default) | likely | unsure
 * cacheFile: ../.corpus-lint.cache # incremental checks; relative to this file, outside the corpus
 * }</pre>
 */
public final class ConfigFile {

    public static final String FILE_NAME = "corpus-lint.yaml";

    private static final List<String> TOP_LEVEL =
            List.of("includes", "excludes", "encoding", "allowEmpty", "maxFileSize",
                    "maxLineLength", "maxTokenLength", "rules", "overrides", "fix", "followLinks",
                    "jsonLines", "cacheFile");
    private static final List<String> JSON_LINES_KEYS = List.of("text", "id", "date", "source");
    private static final List<String> RULE_KEYS = List.of("enabled", "severity", "options");
    private static final List<String> OVERRIDE_KEYS = List.of("folder", "rules");
    private static final List<String> FIX_KEYS = List.of("rules", "confidence");

    private final Path file;
    private final ConfigurationCheck check;

    private ConfigFile(Path file, List<RuleMetadata> knownRules) {
        this.file = file;
        this.check = ConfigurationCheck.of(knownRules);
    }

    /** {@code corpus-lint.yaml} in the corpus root, if there is one. */
    public static Optional<Path> find(Path corpusRoot) {
        Path candidate = corpusRoot.resolve(FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * The configuration of a corpus, as every front end finds it: {@code corpus-lint.yaml} in
     * {@code corpusRoot}, or the defaults when there is none. The Maven plugin reads it through
     * here, so a library caller that does the same lints exactly as Maven does:
     * {@code new CorpusLinter(ConfigFile.forCorpus(root).config()).lintDirectory(root)}.
     */
    public static FileConfiguration forCorpus(Path corpusRoot) {
        return forCorpus(corpusRoot, null);
    }

    /**
     * As {@link #forCorpus(Path)}, but {@code explicitFile}, when not {@code null}, is read
     * instead of the corpus root's file (and must exist).
     */
    public static FileConfiguration forCorpus(Path corpusRoot, Path explicitFile) {
        if (explicitFile != null) {
            return load(explicitFile);
        }
        Optional<Path> file = find(corpusRoot);
        file.ifPresent(found -> requireInside(corpusRoot, found));
        return file.map(ConfigFile::load).orElseGet(FileConfiguration::none);
    }

    /**
     * The corpus's own file must be the corpus's: a {@code corpus-lint.yaml} linked to a file
     * elsewhere ({@code /etc/shadow}) would be parsed, and its errors would quote its keys.
     */
    private static void requireInside(Path corpusRoot, Path file) {
        try {
            Path root = corpusRoot.toRealPath();
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw new CorpusLintException(file.toAbsolutePath().normalize() + " links to a"
                        + " file outside the corpus; not read. Name a configuration file kept"
                        + " elsewhere explicitly (configFile) if it is meant");
            }
        } catch (IOException e) {
            throw new CorpusLintException("cannot read configuration file "
                    + file.toAbsolutePath().normalize() + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code file} for the built-in rules. */
    public static FileConfiguration load(Path file) {
        return load(file, new CorpusLinter(LintConfig.defaults()).allRules());
    }

    /** Reads {@code file}; rule ids and options are checked against {@code knownRules}. */
    public static FileConfiguration load(Path file, List<RuleMetadata> knownRules) {
        Path absolute = file.toAbsolutePath().normalize();
        ConfigNode root;
        try {
            if (!Files.exists(absolute)) {
                throw new CorpusLintException("configuration file " + absolute + " does not exist");
            }
            // The file may come with the corpus: read it as bounded UTF-8 text, like option files.
            String text = OptionFile.text(absolute);
            root = ConfigNode.parse(new StringReader(text));
        } catch (OptionFile.UnusableFile | IOException e) {
            throw new CorpusLintException("cannot read configuration file " + absolute + ": "
                    + e.getMessage(), e);
        } catch (ConfigNode.SyntaxError e) {
            throw new CorpusLintException(absolute + ":" + e.line + ":" + e.column + ": "
                    + e.getMessage());
        }
        return new ConfigFile(absolute, knownRules).interpret(root);
    }

    private FileConfiguration interpret(ConfigNode root) {
        LintConfig.Builder builder = LintConfig.builder().baseDirectory(file.getParent());
        Set<String> fixRules = new TreeSet<>();
        FixConfidence fixConfidence = null;
        if (root.kind() == ConfigNode.Kind.NULL) {
            return new FileConfiguration(file, builder.build(), fixRules);
        }
        Map<String, ConfigNode> top = mapping(root, "the file", TOP_LEVEL);
        if (top.containsKey("includes")) {
            builder.includes(patterns(top.get("includes"), "includes"));
        }
        if (top.containsKey("excludes")) {
            builder.excludes(patterns(top.get("excludes"), "excludes"));
        }
        Boolean allowEmpty = top.containsKey("allowEmpty")
                ? bool(top.get("allowEmpty"), "allowEmpty") : null;
        if (top.containsKey("encoding")) {
            builder.charset(charset(top.get("encoding")));
        }
        if (top.containsKey("followLinks")) {
            builder.followLinks(bool(top.get("followLinks"), "followLinks"));
        }
        if (top.containsKey("maxFileSize")) {
            builder.maxFileSize(positive(top.get("maxFileSize"), "maxFileSize", Long.MAX_VALUE));
        }
        if (top.containsKey("maxLineLength")) {
            builder.maxLineLength((int) positive(top.get("maxLineLength"), "maxLineLength",
                    Integer.MAX_VALUE));
        }
        if (top.containsKey("maxTokenLength")) {
            builder.maxTokenLength((int) positive(top.get("maxTokenLength"), "maxTokenLength",
                    Integer.MAX_VALUE));
        }
        if (top.containsKey("jsonLines")) {
            builder.jsonLinesFields(jsonLinesFields(top.get("jsonLines")));
        }
        if (top.containsKey("rules")) {
            ruleSettings(top.get("rules"), "rules").forEach(builder::rule);
        }
        if (top.containsKey("overrides")) {
            overrides(top.get("overrides")).forEach(builder::override);
        }
        if (top.containsKey("fix")) {
            Map<String, ConfigNode> fix = mapping(top.get("fix"), "fix", FIX_KEYS);
            if (fix.containsKey("rules")) {
                ConfigNode list = fix.get("rules");
                for (String id : strings(list, "fix.rules")) {
                    fixRules.add(knownRule(id, list, "fix.rules"));
                }
            }
            if (fix.containsKey("confidence")) {
                ConfigNode value = fix.get("confidence");
                try {
                    fixConfidence = FixConfidence.parse(scalar(value, "fix.confidence"));
                } catch (IllegalArgumentException e) {
                    throw error(value, "fix.confidence is '" + value.text()
                            + "', expected safe, likely or unsure");
                }
            }
        }
        Path cacheFile = null;
        if (top.containsKey("cacheFile")) {
            String name = scalar(top.get("cacheFile"), "cacheFile").trim();
            if (name.isEmpty()) {
                throw error(top.get("cacheFile"), "cacheFile is empty; name a file outside the"
                        + " corpus, or leave the key out");
            }
            cacheFile = file.getParent().resolve(name).toAbsolutePath().normalize();
        }
        return new FileConfiguration(file, builder.build(), fixRules, allowEmpty, fixConfidence,
                cacheFile);
    }

    /** {@code jsonLines: {text: body, id: doc_id, date: published, source: site}}. */
    private org.corpuslint.engine.JsonLinesFields jsonLinesFields(ConfigNode node) {
        org.corpuslint.engine.JsonLinesFields fields =
                org.corpuslint.engine.JsonLinesFields.DEFAULTS;
        Map<String, ConfigNode> entries = mapping(node, "jsonLines", JSON_LINES_KEYS);
        for (Map.Entry<String, ConfigNode> entry : entries.entrySet()) {
            String key = "jsonLines." + entry.getKey();
            String name = scalar(entry.getValue(), key);
            if (name.isBlank()) {
                throw error(entry.getValue(), key + " is empty, expected a field name");
            }
            fields = switch (entry.getKey()) {
                case "text" -> fields.withText(name);
                case "id" -> fields.withId(name);
                case "date" -> fields.withDate(name);
                default -> fields.withSource(name);
            };
        }
        return fields;
    }

    /**
     * File patterns: a string or a list of strings. A number or a boolean ({@code includes: 5})
     * is a mistake, not a pattern: it would match nothing and lint no document.
     */
    private List<String> patterns(ConfigNode node, String key) {
        List<ConfigNode> values = node.kind() == ConfigNode.Kind.SEQUENCE
                ? node.items() : List.of(node);
        for (ConfigNode value : values) {
            if (value.kind() == ConfigNode.Kind.SCALAR && !value.isString()) {
                throw error(value, key + " is '" + value.text() + "', expected a file pattern"
                        + " such as **/*.txt, or a list of them");
            }
        }
        return strings(node, key);
    }

    private Map<String, RuleSetting> ruleSettings(ConfigNode node, String key) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : mapping(node, key, null).entrySet()) {
            String id = entry.getKey();
            String ruleKey = key + "." + id;
            knownRule(id, node.key(id), key);
            settings.put(id, ruleSetting(id, entry.getValue(), ruleKey));
        }
        return settings;
    }

    /** {@code off}, {@code on}, a severity, or {@code {enabled, severity, options}}. */
    private RuleSetting ruleSetting(String id, ConfigNode node, String key) {
        if (node.kind() == ConfigNode.Kind.SCALAR) {
            String value = node.text().trim().toLowerCase(java.util.Locale.ROOT);
            switch (value) {
                case "off", "false":
                    return new RuleSetting(false, null, Map.of());
                case "on", "true":
                    return new RuleSetting(true, null, Map.of());
                default:
                    try {
                        return new RuleSetting(true, Severity.parse(value), Map.of());
                    } catch (IllegalArgumentException e) {
                        throw error(node, key + " is '" + node.text() + "', expected off, on,"
                                + " error, warning, info, or a mapping of "
                                + String.join(", ", RULE_KEYS));
                    }
            }
        }
        Map<String, ConfigNode> entries = mapping(node, key, RULE_KEYS);
        Boolean enabled = entries.containsKey("enabled")
                ? bool(entries.get("enabled"), key + ".enabled") : null;
        Severity severity = null;
        if (entries.containsKey("severity")) {
            ConfigNode value = entries.get("severity");
            try {
                severity = Severity.parse(scalar(value, key + ".severity"));
            } catch (IllegalArgumentException e) {
                throw error(value, key + ".severity is '" + value.text()
                        + "', expected error, warning or info");
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        if (entries.containsKey("options")) {
            String optionsKey = key + ".options";
            ConfigNode optionsNode = entries.get("options");
            for (Map.Entry<String, ConfigNode> option :
                    mapping(optionsNode, optionsKey, null).entrySet()) {
                try {
                    check.optionKeys(id, List.of(option.getKey()));
                } catch (InvalidRuleSetting e) {
                    throw error(optionsNode.key(option.getKey()), "unknown key '" + optionsKey + "."
                            + option.getKey() + "': rule '" + id + "' "
                            + (e.known().isEmpty() ? "takes no options"
                                    : "has the options " + String.join(", ", e.known())));
                }
                // A list (of vocabulary files, say) reaches the rule comma-separated.
                options.put(option.getKey(), String.join(",",
                        strings(option.getValue(), optionsKey + "." + option.getKey())));
                origins.put(option.getKey(), place(option.getValue()) + " "
                        + optionsKey + "." + option.getKey());
            }
        }
        return new RuleSetting(enabled, severity, options, origins);
    }

    private List<FolderOverride> overrides(ConfigNode node) {
        if (node.kind() != ConfigNode.Kind.SEQUENCE) {
            throw error(node, "overrides must be a list of {folder, rules}");
        }
        List<FolderOverride> overrides = new ArrayList<>();
        for (int i = 0; i < node.items().size(); i++) {
            ConfigNode item = node.items().get(i);
            String key = "overrides[" + i + "]";
            Map<String, ConfigNode> entries = mapping(item, key, OVERRIDE_KEYS);
            if (!entries.containsKey("folder")) {
                throw error(item, key + " has no folder");
            }
            ConfigNode folderNode = entries.get("folder");
            String folder = scalar(folderNode, key + ".folder");
            Map<String, RuleSetting> settings = entries.containsKey("rules")
                    ? ruleSettings(entries.get("rules"), key + ".rules") : Map.of();
            try {
                overrides.add(new FolderOverride(folder, settings));
            } catch (IllegalArgumentException e) {
                throw error(folderNode, key + ".folder is '" + folder
                        + "', expected a folder below the corpus root such as outlet-a");
            }
        }
        return overrides;
    }

    private String knownRule(String id, ConfigNode at, String key) {
        try {
            return check.rule(id, key).id();
        } catch (InvalidRuleSetting e) {
            throw error(at, e.getMessage());
        }
    }

    /** The entries of a mapping; with {@code allowed}, any other key is an error. */
    private Map<String, ConfigNode> mapping(ConfigNode node, String key, List<String> allowed) {
        if (node.kind() == ConfigNode.Kind.NULL) {
            return Map.of();
        }
        if (node.kind() != ConfigNode.Kind.MAPPING) {
            throw error(node, key + " must be a mapping (key: value lines)");
        }
        if (allowed != null) {
            for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
                if (!allowed.contains(entry.getKey())) {
                    String where = key.equals("the file") ? "" : key + ".";
                    throw error(node.key(entry.getKey()), "unknown key '" + where + entry.getKey()
                            + "'; expected " + String.join(", ", allowed));
                }
            }
        }
        return node.entries();
    }

    /** One scalar, or a list of scalars. */
    private List<String> strings(ConfigNode node, String key) {
        if (node.kind() == ConfigNode.Kind.SCALAR) {
            return List.of(node.text());
        }
        if (node.kind() == ConfigNode.Kind.SEQUENCE) {
            List<String> values = new ArrayList<>();
            for (ConfigNode item : node.items()) {
                values.add(scalar(item, key + "[]"));
            }
            return values;
        }
        throw error(node, key + " must be a value or a list of values");
    }

    private String scalar(ConfigNode node, String key) {
        if (node.kind() != ConfigNode.Kind.SCALAR) {
            throw error(node, key + " must be a single value");
        }
        return node.text();
    }

    /** A boolean, read as a boolean rule option is. */
    private boolean bool(ConfigNode node, String key) {
        try {
            return OptionType.BOOLEAN.parse(scalar(node, key), file.getParent());
        } catch (OptionType.Rejected e) {
            throw error(node, key + " is '" + node.text() + "', expected " + e.expected());
        }
    }

    /** A whole number from 1 to {@code max}, for the input limits. */
    private long positive(ConfigNode node, String key, long max) {
        String text = scalar(node, key).trim();
        try {
            long value = Long.parseLong(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(node, key + " is '" + text + "', expected a whole number from 1 to " + max);
    }

    private Charset charset(ConfigNode node) {
        String name = scalar(node, "encoding").trim();
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw error(node, "encoding is '" + name
                    + "', not a character set this Java runtime supports");
        }
    }

    private CorpusLintException error(ConfigNode at, String problem) {
        return new CorpusLintException(place(at) + ": " + problem);
    }

    private String place(ConfigNode at) {
        return file + ":" + at.line() + ":" + at.column();
    }
}
