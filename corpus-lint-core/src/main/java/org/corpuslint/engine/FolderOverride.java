package org.corpuslint.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Rule settings for the documents of one folder of the corpus (for example a stricter setting for
 * one outlet), laid over the corpus-wide settings.
 *
 * @param folder a folder relative to the corpus root, {@code /}-separated ({@code outlet-a} or
 *     {@code outlet-a/politics}); it applies to every document below it
 * @param rules rule id to setting
 */
public record FolderOverride(String folder, Map<String, RuleSetting> rules) {

    public FolderOverride {
        Objects.requireNonNull(folder, "folder");
        folder = normalise(folder);
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("an override needs a folder below the corpus root");
        }
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** True when {@code documentPath} lies in this folder or below it. */
    public boolean appliesTo(String documentPath) {
        return documentPath.startsWith(folder + "/");
    }

    /** Number of path segments: deeper folders are more specific and are laid over later. */
    int depth() {
        return folder.split("/").length;
    }

    private static String normalise(String folder) {
        String f = folder.trim().replace('\\', '/');
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }
}
