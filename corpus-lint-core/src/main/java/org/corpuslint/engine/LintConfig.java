package org.corpuslint.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpuslint.model.Severity;

/** Everything a run needs besides the documents. Immutable; build with {@link #builder()}. */
public final class LintConfig {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.txt");
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;

    private final List<String> includes;
    private final List<String> excludes;
    private final Charset charset;
    private final int threads;
    private final int maxLineLength;
    private final Map<String, RuleSetting> ruleSettings;
    private final ProgressListener progress;

    private LintConfig(Builder b) {
        this.includes = List.copyOf(b.includes.isEmpty() ? DEFAULT_INCLUDES : b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.charset = b.charset;
        this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
        this.maxLineLength = b.maxLineLength;
        this.ruleSettings = Map.copyOf(b.ruleSettings);
        this.progress = b.progress;
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

    public Map<String, RuleSetting> ruleSettings() {
        return ruleSettings;
    }

    public RuleSetting ruleSetting(String ruleId) {
        return ruleSettings.getOrDefault(ruleId, RuleSetting.DEFAULT);
    }

    public ProgressListener progress() {
        return progress;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.includes.addAll(includes);
        b.excludes.addAll(excludes);
        b.charset = charset;
        b.threads = threads;
        b.maxLineLength = maxLineLength;
        b.ruleSettings.putAll(ruleSettings);
        b.progress = progress;
        return b;
    }

    public static final class Builder {
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Charset charset = StandardCharsets.UTF_8;
        private int threads;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private final Map<String, RuleSetting> ruleSettings = new LinkedHashMap<>();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {}

        /** Replaces the include patterns (default {@code **}{@code /*.txt}). */
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

        public LintConfig build() {
            return new LintConfig(this);
        }
    }
}
