package org.corpuslint.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpuslint.model.Severity;

/** Everything a run needs besides the documents. Immutable; build with {@link #builder()}. */
public final class LintConfig {

    /** Text articles and JSON Lines corpora ({@link JsonLinesFormat#INCLUDES}). */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.txt", "**/*.jsonl", "**/*.jsonl.gz", "**/*.jsonl.zst");
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /** 10 MiB: a news article is a few kilobytes; a file this large is an export or a dump. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
    /** Longer than any word or address in an article: a run without spaces this long is data. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 1_000;

    private final List<String> includes;
    private final List<String> excludes;
    private final Charset charset;
    private final int threads;
    private final int maxLineLength;
    private final long maxFileSize;
    private final int maxTokenLength;
    private final Map<String, RuleSetting> ruleSettings;
    private final ProgressListener progress;
    private final List<FolderOverride> overrides;
    private final Path baseDirectory;
    private final boolean followLinks;
    private final JsonLinesFields jsonLinesFields;

    private LintConfig(Builder b) {
        this.includes = List.copyOf(b.includes.isEmpty() ? DEFAULT_INCLUDES : b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.charset = b.charset;
        this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
        this.maxLineLength = b.maxLineLength;
        this.maxFileSize = b.maxFileSize;
        this.maxTokenLength = b.maxTokenLength;
        this.ruleSettings = Map.copyOf(b.ruleSettings);
        this.progress = b.progress;
        // Shallower folders first, so a deeper (more specific) folder's setting wins; ties keep
        // the order in which they were configured.
        List<FolderOverride> sorted = new ArrayList<>(b.overrides);
        sorted.sort(java.util.Comparator.comparingInt(FolderOverride::depth));
        this.overrides = List.copyOf(sorted);
        this.baseDirectory = b.baseDirectory;
        this.followLinks = b.followLinks;
        this.jsonLinesFields = b.jsonLinesFields;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static LintConfig defaults() {
        return builder().build();
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    public Charset charset() {
        return charset;
    }

    public int threads() {
        return threads;
    }

    public int maxLineLength() {
        return maxLineLength;
    }

    /** Files larger than this many bytes are reported and not read. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** Runs of non-space characters longer than this are reported; see {@code docs/safety.md}. */
    public int maxTokenLength() {
        return maxTokenLength;
    }

    public Map<String, RuleSetting> ruleSettings() {
        return ruleSettings;
    }

    public RuleSetting ruleSetting(String ruleId) {
        return ruleSettings.getOrDefault(ruleId, RuleSetting.DEFAULT);
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Per-folder rule settings, shallowest folder first. */
    public List<FolderOverride> overrides() {
        return overrides;
    }

    /**
     * The setting of {@code ruleId} for one document: the corpus-wide setting with every folder
     * override that contains the document laid over it, deeper folders last.
     */
    public RuleSetting ruleSetting(String ruleId, String documentPath) {
        RuleSetting setting = ruleSetting(ruleId);
        for (FolderOverride override : overrides) {
            RuleSetting folderSetting = override.rules().get(ruleId);
            if (folderSetting != null && override.appliesTo(documentPath)) {
                setting = setting.overriddenBy(folderSetting);
            }
        }
        return setting;
    }

    /** The folder relative file paths in rule options are resolved against. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /**
     * Whether symbolic links whose real target lies outside the corpus root are followed and
     * their targets linted (default {@code false}: such a link is an {@code invalid-input}
     * finding). {@code fix} never writes outside the corpus either way.
     */
    public boolean followLinks() {
        return followLinks;
    }

    /** The field names of JSON Lines corpora (default {@link JsonLinesFields#DEFAULTS}). */
    public JsonLinesFields jsonLinesFields() {
        return jsonLinesFields;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.includes.addAll(includes);
        b.excludes.addAll(excludes);
        b.charset = charset;
        b.threads = threads;
        b.maxLineLength = maxLineLength;
        b.maxFileSize = maxFileSize;
        b.maxTokenLength = maxTokenLength;
        b.ruleSettings.putAll(ruleSettings);
        b.progress = progress;
        b.overrides.addAll(overrides);
        b.baseDirectory = baseDirectory;
        b.followLinks = followLinks;
        b.jsonLinesFields = jsonLinesFields;
        return b;
    }

    public static final class Builder {
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Charset charset = StandardCharsets.UTF_8;
        private int threads;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
        private final Map<String, RuleSetting> ruleSettings = new LinkedHashMap<>();
        private ProgressListener progress = ProgressListener.NONE;
        private final List<FolderOverride> overrides = new ArrayList<>();
        private Path baseDirectory = Path.of("").toAbsolutePath();
        private boolean followLinks;
        private JsonLinesFields jsonLinesFields = JsonLinesFields.DEFAULTS;

        private Builder() {}

        /**
         * Replaces the include patterns (default {@code **}{@code /*.txt} and the JSON Lines
         * files {@code **}{@code /*.jsonl}, {@code .jsonl.gz}, {@code .jsonl.zst}).
         */
        public Builder includes(List<String> patterns) {
            includes.clear();
            includes.addAll(patterns);
            return this;
        }

        public Builder excludes(List<String> patterns) {
            excludes.clear();
            excludes.addAll(patterns);
            return this;
        }

        public Builder charset(Charset value) {
            charset = Objects.requireNonNull(value);
            return this;
        }

        /** Worker threads; 0 or less means one per available core. */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder maxLineLength(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxLineLength must be positive: " + value);
            }
            maxLineLength = value;
            return this;
        }

        /** Largest file, in bytes, that is read and linted (default 10 MiB). */
        public Builder maxFileSize(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFileSize must be positive: " + value);
            }
            maxFileSize = value;
            return this;
        }

        /** Longest run of non-space characters not reported (default 1,000). */
        public Builder maxTokenLength(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxTokenLength must be positive: " + value);
            }
            maxTokenLength = value;
            return this;
        }

        /** Lays {@code setting} over what is configured for {@code ruleId} so far. */
        public Builder rule(String ruleId, RuleSetting setting) {
            ruleSettings.merge(ruleId, setting, RuleSetting::overriddenBy);
            return this;
        }

        public Builder disableRule(String ruleId) {
            return rule(ruleId, new RuleSetting(false, null, Map.of()));
        }

        public Builder ruleSeverity(String ruleId, Severity severity) {
            return rule(ruleId, new RuleSetting(null, severity, Map.of()));
        }

        public Builder ruleOption(String ruleId, String key, String value) {
            return rule(ruleId, new RuleSetting(null, null, Map.of(key, value)));
        }

        public Builder progress(ProgressListener listener) {
            progress = Objects.requireNonNull(listener);
            return this;
        }

        /** Adds rule settings for one folder, laid over the corpus-wide ones. */
        public Builder override(FolderOverride override) {
            overrides.add(Objects.requireNonNull(override));
            return this;
        }

        /** Replaces the folder overrides. */
        public Builder overrides(List<FolderOverride> values) {
            overrides.clear();
            overrides.addAll(values);
            return this;
        }

        /**
         * The folder that relative file paths in rule options (vocabulary files) are resolved
         * against; by default the working directory, the configuration file's folder when the
         * configuration comes from {@code corpus-lint.yaml}.
         */
        public Builder baseDirectory(Path folder) {
            baseDirectory = folder.toAbsolutePath().normalize();
            return this;
        }

        /** Lint the targets of links that lead out of the corpus (default {@code false}). */
        public Builder followLinks(boolean value) {
            followLinks = value;
            return this;
        }

        /** The field names of JSON Lines corpora (text, id, date, source). */
        public Builder jsonLinesFields(JsonLinesFields fields) {
            jsonLinesFields = Objects.requireNonNull(fields);
            return this;
        }

        public LintConfig build() {
            return new LintConfig(this);
        }
    }
}
