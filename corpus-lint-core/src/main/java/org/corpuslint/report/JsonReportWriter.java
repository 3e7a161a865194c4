package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.profile.DuplicateCluster;

/**
 * {@code corpus-lint.json}: the findings in a small, documented schema (see the README), written
 * as a stream.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "corpus-lint.json";
    }

    @Override
    public void write(RunFindings result, ReportContext context, OutputStream out)
            throws IOException {
        // Streamed field by field: memory stays flat however many findings there are.
        try (JsonGenerator json = JsonSupport.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            ToolInfo.writeToolField(json);
            json.writeStringField("corpusRoot",
                    context.corpusRoot() == null ? null : context.corpusRoot().toString());
            json.writeNumberField("documents", result.documentCount());
            summary(json, result.counts());
            if (result.statistics().total().documents() > 0) {
                StatisticsJson.write(json, "statistics", result.statistics(),
                        context.ruleTimes());
            }
            json.writeArrayFieldStart("findings");
            try (FindingCursor findings = result.openFindings()) {
                while (findings.hasNext()) {
                    finding(json, findings.next());
                }
            }
            json.writeEndArray();
            if (!result.duplicateClusters().isEmpty()) {
                duplicateClusters(json, result.duplicateClusters());
            }
            json.writeEndObject();
        }
        out.flush();
    }

    private static void summary(JsonGenerator json, FindingCounts counts) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("findings", Math.toIntExact(counts.total()));
        for (Map.Entry<Severity, Integer> count : counts.bySeverity().entrySet()) {
            json.writeNumberField(count.getKey().label(), count.getValue());
        }
        json.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Map<Severity, Integer>> rule : counts.byRule().entrySet()) {
            json.writeObjectFieldStart(rule.getKey());
            for (Map.Entry<Severity, Integer> count : rule.getValue().entrySet()) {
                json.writeNumberField(count.getKey().label(), count.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The clusters of copies, so a pipeline can keep one document of each. */
    private static void duplicateClusters(JsonGenerator json, List<DuplicateCluster> clusters)
            throws IOException {
        json.writeArrayFieldStart("duplicateClusters");
        for (DuplicateCluster cluster : clusters) {
            json.writeStartObject();
            json.writeStringField("canonical", cluster.canonical());
            json.writeArrayFieldStart("copies");
            for (DuplicateCluster.Copy copy : cluster.copies()) {
                json.writeStartObject();
                json.writeStringField("path", copy.path());
                // Two decimals, as the finding's message gives it.
                json.writeNumberField("similarity",
                        Math.round(copy.similarity() * 100) / 100.0);
                json.writeBooleanField("exact", copy.exact());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("path", f.path());
        if (f.recordLocation() != null) {
            // A record of a JSON Lines file: its line in the file; the range is in its text.
            json.writeObjectFieldStart("record");
            json.writeNumberField("line", f.recordLocation().line());
            if (f.recordLocation().id() != null) {
                json.writeStringField("id", f.recordLocation().id());
            }
            json.writeEndObject();
        }
        range(json, f.start(), f.end());
        json.writeStringField("message", f.message());
        if (f.fix() != null) {
            fix(json, f.fix());
        }
        json.writeEndObject();
    }

    private static void fix(JsonGenerator json, Fix fix) throws IOException {
        json.writeObjectFieldStart("fix");
        json.writeStringField("description", fix.description());
        json.writeStringField("confidence", fix.confidence().label());
        json.writeArrayFieldStart("edits");
        for (TextEdit edit : fix.edits()) {
            json.writeStartObject();
            range(json, edit.start(), edit.end());
            json.writeNumberField("startOffset", edit.start().offset());
            json.writeNumberField("endOffset", edit.end().offset());
            json.writeStringField("replacement", edit.replacement());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void range(JsonGenerator json, Position start, Position end)
            throws IOException {
        json.writeNumberField("startLine", start.line());
        json.writeNumberField("startColumn", start.column());
        json.writeNumberField("endLine", end.line());
        json.writeNumberField("endColumn", end.column());
    }
}
