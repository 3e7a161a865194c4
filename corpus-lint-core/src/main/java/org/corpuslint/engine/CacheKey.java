package org.corpuslint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.rule.RuleCatalog;

/**
 * What a cache is valid for: the tool's version, the rules known, and every setting that can
 * change a finding (rule settings and folder overrides with their options, the content of the
 * files options name, the reading limits and patterns). The progress listener and the number of
 * threads do not change findings and are left out.
 */
final class CacheKey {

    private CacheKey() {}

    static String of(LintConfig config, RuleCatalog catalog, String version) {
        StringBuilder key = new StringBuilder();
        key.append("version=").append(version).append('\n');
        catalog.entries().forEach(e -> key.append("rule=").append(e.id()).append('\n'));
        key.append("includes=").append(config.includes()).append('\n');
        key.append("excludes=").append(config.excludes()).append('\n');
        key.append("charset=").append(config.charset().name()).append('\n');
        key.append("limits=").append(config.maxLineLength()).append(',')
                .append(config.maxFileSize()).append(',').append(config.maxTokenLength())
                .append('\n');
        key.append("followLinks=").append(config.followLinks()).append('\n');
        key.append("jsonLines=").append(config.jsonLinesFields()).append('\n');
        key.append("base=").append(config.baseDirectory()).append('\n');
        settings(key, "", config.ruleSettings(), config.baseDirectory());
        for (FolderOverride override : config.overrides()) {
            settings(key, override.folder() + ":", override.rules(), config.baseDirectory());
        }
        return key.toString();
    }

    private static void settings(StringBuilder key, String prefix,
            Map<String, RuleSetting> settings, Path base) {
        for (Map.Entry<String, RuleSetting> e : new TreeMap<>(settings).entrySet()) {
            RuleSetting s = e.getValue();
            key.append(prefix).append(e.getKey()).append('=').append(s.enabled()).append(',')
                    .append(s.severity()).append(',');
            for (Map.Entry<String, String> option : new TreeMap<>(s.options()).entrySet()) {
                key.append(option.getKey()).append(':').append(option.getValue())
                        .append(fileContents(option.getValue(), base)).append(';');
            }
            key.append('\n');
        }
    }

    /**
     * The hashes of the files an option value names (comma-separated paths, relative ones
     * against the configuration's folder), so an edited word list invalidates the cache.
     */
    private static String fileContents(String value, Path base) {
        StringBuilder hashes = new StringBuilder();
        for (String item : value.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                Path file = base == null ? Path.of(name) : base.resolve(name);
                if (Files.isRegularFile(file)) {
                    hashes.append('#').append(sha256(Files.readAllBytes(file)));
                }
            } catch (IOException | RuntimeException e) {
                hashes.append("#unreadable");
            }
        }
        return hashes.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
