package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.rule.RuleMetadata;

/**
 * {@code corpus-lint.sarif}: SARIF 2.1.0, read by GitHub code scanning, IDEs and SARIF viewers.
 * Artifact URIs are relative to the base id {@code CORPUSROOT}; columns count UTF-16 code units
 * (SARIF's default) and end columns are exclusive. Written as a stream, one result at a time, so
 * its memory does not grow with the number of findings.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String ROOT_BASE_ID = "CORPUSROOT";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "corpus-lint.sarif";
    }

    @Override
    public void write(RunFindings result, ReportContext context, OutputStream out)
            throws IOException {
        try (JsonGenerator json = JsonSupport.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeFieldName("driver");
            Map<String, Integer> ruleIndex = driver(json, result.rules());
            json.writeEndObject();
            if (context.corpusRoot() != null) {
                String rootUri = context.corpusRoot().toAbsolutePath().toUri().toString();
                json.writeObjectFieldStart("originalUriBaseIds");
                json.writeObjectFieldStart(ROOT_BASE_ID);
                json.writeStringField("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            try (FindingCursor findings = result.openFindings()) {
                while (findings.hasNext()) {
                    result(json, findings.next(), ruleIndex);
                }
            }
            json.writeEndArray();
            if (result.statistics().total().documents() > 0) {
                json.writeObjectFieldStart("properties");
                StatisticsJson.write(json, "corpusStatistics", result.statistics());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    /** Writes the driver object; returns each rule's index in its {@code rules}. */
    private static Map<String, Integer> driver(JsonGenerator json, List<RuleMetadata> rules)
            throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        json.writeStartObject();
        json.writeStringField("name", ToolInfo.NAME);
        json.writeStringField("version", ToolInfo.version());
        json.writeStringField("informationUri", ToolInfo.INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleMetadata rule : rules) {
            if (ruleIndex.containsKey(rule.id())) {
                continue;
            }
            ruleIndex.put(rule.id(), ruleIndex.size());
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            textObject(json, "shortDescription", rule.summary());
            textObject(json, "fullDescription", rule.explanation());
            textObject(json, "help", rule.explanation() + "\n\nExample: " + rule.example());
            Optional<String> helpUri = ToolInfo.ruleHelpUri(rule.id());
            if (helpUri.isPresent()) {
                json.writeStringField("helpUri", helpUri.get());
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        return ruleIndex;
    }

    private static void result(JsonGenerator json, Finding f, Map<String, Integer> ruleIndex)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f.severity()));
        textObject(json, "message", f.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(json, f.path());
        if (f.recordLocation() == null) {
            region(json, "region", f.start(), f.end());
        } else {
            recordRegion(json, f.recordLocation());
        }
        json.writeEndObject();
        if (f.recordLocation() != null) {
            recordLogicalLocation(json, f);
        }
        json.writeEndObject();
        json.writeEndArray();
        if (f.recordLocation() != null) {
            // Where in the record's text: its own lines and columns, not the file's.
            json.writeObjectFieldStart("properties");
            region(json, "textRegion", f.start(), f.end());
            json.writeEndObject();
        }
        // A record's fix edits its text field, which no file region can express.
        if (f.fix() != null && f.recordLocation() == null) {
            json.writeArrayFieldStart("fixes");
            fix(json, f.path(), f.fix());
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void fix(JsonGenerator json, String path, Fix fix) throws IOException {
        json.writeStartObject();
        textObject(json, "description", fix.description());
        json.writeObjectFieldStart("properties");
        json.writeStringField("confidence", fix.confidence().label());
        json.writeEndObject();
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        artifactLocation(json, path);
        json.writeArrayFieldStart("replacements");
        for (TextEdit edit : fix.edits()) {
            json.writeStartObject();
            region(json, "deletedRegion", edit.start(), edit.end());
            textObject(json, "insertedContent", edit.replacement());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The record's own line of the JSON Lines file: its physical place. */
    private static void recordRegion(JsonGenerator json, RecordLocation record)
            throws IOException {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.toIntExact(record.line()));
        json.writeNumberField("endLine", Math.toIntExact(record.line()));
        json.writeEndObject();
    }

    /** The record as a logical location: its id (or line) within the file. */
    private static void recordLogicalLocation(JsonGenerator json, Finding f) throws IOException {
        RecordLocation record = f.recordLocation();
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("name", record.id() != null ? record.id()
                : "line " + record.line());
        json.writeStringField("fullyQualifiedName", f.documentKey());
        json.writeStringField("kind", "object");
        json.writeObjectFieldStart("properties");
        json.writeNumberField("recordLine", record.line());
        if (record.id() != null) {
            json.writeStringField("recordId", record.id());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** {@code "name" : { "text" : text }}, SARIF's message and description shape. */
    private static void textObject(JsonGenerator json, String name, String text)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void artifactLocation(JsonGenerator json, String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(path));
        json.writeStringField("uriBaseId", ROOT_BASE_ID);
        json.writeEndObject();
    }

    private static void region(JsonGenerator json, String name, Position start, Position end)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("startLine", start.line());
        json.writeNumberField("startColumn", start.column());
        json.writeNumberField("endLine", end.line());
        json.writeNumberField("endColumn", end.column());
        json.writeEndObject();
    }

    /** The relative path as a URI reference: spaces and other characters percent-encoded. */
    static String uri(String relativePath) {
        // A colon in the first segment would read as a URI scheme ("10:30 news.txt").
        int colon = relativePath.indexOf(':');
        int slash = relativePath.indexOf('/');
        String path = colon >= 0 && (slash < 0 || colon < slash)
                ? "./" + relativePath : relativePath;
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express path as URI: " + relativePath, e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
