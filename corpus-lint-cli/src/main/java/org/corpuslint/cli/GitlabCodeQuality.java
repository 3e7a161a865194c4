package org.corpuslint.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.corpuslint.model.Finding;

/**
 * GitLab's code quality report (a JSON array of issues, as a CI job's
 * {@code artifacts:reports:codequality} reads it): description, check name, severity
 * ({@code error} is {@code major}, {@code warning} {@code minor}, {@code info} {@code info}),
 * path and line, and a fingerprint. The fingerprint leaves the line out, so a finding keeps it
 * when text above it moves, and counts repeats of the same finding in a file apart.
 */
final class GitlabCodeQuality {

    private GitlabCodeQuality() {}

    static void write(List<Finding> findings, DisplayPaths paths, OutputStream out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(findings.iterator(), paths, json);
        }
    }

    /**
     * Writes {@code findings}, in report order, to {@code out} as they come, leaving it open:
     * repeats are counted per file, and a file's findings follow each other, so only one
     * file's are remembered.
     */
    static void write(Iterator<Finding> findings, DisplayPaths paths, Writer out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            write(findings, paths, json);
        }
    }

    private static void write(Iterator<Finding> findings, DisplayPaths paths,
            JsonGenerator json) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        String file = null;
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        while (findings.hasNext()) {
            Finding f = findings.next();
            if (!f.path().equals(file)) {
                seen.clear();
                file = f.path();
            }
            String path = paths.show(f.path());
            String identity = f.ruleId() + "\n" + path + "\n" + f.message();
            int occurrence = seen.merge(identity, 1, Integer::sum);
            json.writeStartObject();
            json.writeStringField("description", f.message());
            json.writeStringField("check_name", f.ruleId());
            json.writeStringField("fingerprint", sha256(identity + "\n" + occurrence));
            json.writeStringField("severity", severity(f));
            json.writeObjectFieldStart("location");
            json.writeStringField("path", path);
            json.writeObjectFieldStart("lines");
            json.writeNumberField("begin", f.start().line());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
