package org.corpuslint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;

/** {@code corpus-lint.json}: the findings in a small, documented schema (see the README). */
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
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        ObjectNode root = JsonSupport.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", ToolInfo.NAME).put("version", ToolInfo.version());
        root.put("corpusRoot",
                context.corpusRoot() == null ? null : context.corpusRoot().toString());
        root.put("documents", result.documentCount());
        root.set("summary", summary(result));
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            findings.add(finding(finding));
        }
        JsonSupport.write(root, out);
    }

    private static ObjectNode summary(LintResult result) {
        ObjectNode summary = JsonSupport.mapper().createObjectNode();
        summary.put("findings", result.findings().size());
        result.countBySeverity().forEach((s, n) -> summary.put(s.label(), n));
        ObjectNode byRule = summary.putObject("byRule");
        for (Map.Entry<String, Map<Severity, Integer>> rule : result.countByRule().entrySet()) {
            ObjectNode counts = byRule.putObject(rule.getKey());
            rule.getValue().forEach((s, n) -> counts.put(s.label(), n));
        }
        return summary;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = JsonSupport.mapper().createObjectNode();
        node.put("rule", f.ruleId());
        node.put("severity", f.severity().label());
        node.put("path", f.path());
        putRange(node, f.start(), f.end());
        node.put("message", f.message());
        if (f.fix() != null) {
            node.set("fix", fix(f.fix()));
        }
        return node;
    }

    private static ObjectNode fix(Fix fix) {
        ObjectNode node = JsonSupport.mapper().createObjectNode();
        node.put("description", fix.description());
        node.put("confidence", fix.confidence().label());
        ArrayNode edits = node.putArray("edits");
        for (TextEdit edit : fix.edits()) {
            ObjectNode e = edits.addObject();
            putRange(e, edit.start(), edit.end());
            e.put("startOffset", edit.start().offset());
            e.put("endOffset", edit.end().offset());
            e.put("replacement", edit.replacement());
        }
        return node;
    }

    private static void putRange(ObjectNode node, Position start, Position end) {
        node.put("startLine", start.line());
        node.put("startColumn", start.column());
        node.put("endLine", end.line());
        node.put("endColumn", end.column());
    }
}
