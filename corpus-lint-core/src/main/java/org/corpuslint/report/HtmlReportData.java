package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpuslint.document.Document;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;

/**
 * The JSON embedded in the HTML report, written as a stream so that only one document's text
 * is in memory at a time:
 *
 * <pre>
 * { "tool": {name, version}, "generated": ISO instant, "corpusRoot": string|null,
 *   "documents": files considered,
 *   "severities": ["error", "warning", "info"] (a finding's severity is an index into it),
 *   "rules": [{id, severity (default), summary}],
 *   "strings": [messages and suggestions, each once],
 *   "docs": [{ "path", "text": string|null, "note": why there is no text (or null),
 *              "header": end offset of the date header line, or -1,
 *              "findings": [[rule index, severity 0|1|2, start offset, end offset,
 *                            start line, start column, message index, suggestion index|-1]] }] }
 * </pre>
 *
 * Only documents with findings are listed (a clean document has nothing to show). A text is
 * left out, with a note, when the document could not be linted ({@code invalid-input}), when it
 * is longer than {@link #MAX_TEXT_CHARS}, or when the file changed after the run so that the
 * findings no longer point at the right places.
 */
final class HtmlReportData {

    static final int MAX_TEXT_CHARS = 1_000_000;
    private static final String INVALID_INPUT = "invalid-input";

    private final LintResult result;
    private final ReportContext context;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();

    HtmlReportData(LintResult result, ReportContext context) {
        this.result = result;
        this.context = context;
    }

    void write(JsonGenerator json) throws IOException {
        List<RuleMetadata> rules = rules();
        Map<String, List<Finding>> byDocument = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byDocument.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            intern(f.message());
            f.optionalFix().ifPresent(fix -> intern(fix.description()));
        }
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", ToolInfo.NAME);
        json.writeStringField("version", ToolInfo.version());
        json.writeEndObject();
        json.writeStringField("generated", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeStringField("corpusRoot",
                context.corpusRoot() == null ? null : context.corpusRoot().toString());
        json.writeNumberField("documents", result.documentCount());
        json.writeArrayFieldStart("severities");
        for (Severity s : Severity.values()) {
            json.writeString(s.label());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rules");
        for (RuleMetadata rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("severity", rule.defaultSeverity().label());
            json.writeStringField("summary", rule.summary());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("strings");
        for (String s : stringIndex.keySet()) {
            json.writeString(s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("docs");
        for (Map.Entry<String, List<Finding>> doc : byDocument.entrySet()) {
            writeDocument(json, doc.getKey(), doc.getValue());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The rules that ran, plus any rule id a finding names that they do not list. */
    private List<RuleMetadata> rules() {
        List<RuleMetadata> rules = new ArrayList<>();
        for (RuleMetadata rule : result.rules()) {
            if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
                rules.add(rule);
            }
        }
        for (Finding f : result.findings()) {
            if (ruleIndex.putIfAbsent(f.ruleId(), rules.size()) == null) {
                rules.add(new RuleMetadata(f.ruleId(), f.severity(), "", "", ""));
            }
        }
        return rules;
    }

    private void intern(String s) {
        stringIndex.putIfAbsent(s, stringIndex.size());
    }

    private void writeDocument(JsonGenerator json, String path, List<Finding> findings)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("path", path);
        Shown shown = shownText(path, findings);
        json.writeStringField("text", shown.document == null ? null : shown.document.text());
        json.writeStringField("note", shown.note);
        json.writeNumberField("header", shown.document == null ? -1
                : shown.document.header().map(h -> h.lineContentEnd()).orElse(-1));
        json.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            json.writeStartArray();
            json.writeNumber(ruleIndex.get(f.ruleId()));
            json.writeNumber(f.severity().ordinal());
            json.writeNumber(f.start().offset());
            json.writeNumber(Math.max(f.start().offset(), f.end().offset()));
            json.writeNumber(f.start().line());
            json.writeNumber(f.start().column());
            json.writeNumber(stringIndex.get(f.message()));
            json.writeNumber(f.fix() == null ? -1 : stringIndex.get(f.fix().description()));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private record Shown(Document document, String note) {}

    private Shown shownText(String path, List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.ruleId().equals(INVALID_INPUT))) {
            return new Shown(null, "This file could not be linted, so its text is not shown.");
        }
        Optional<String> text = context.texts().text(path);
        if (text.isEmpty()) {
            return new Shown(null, "The text of this document is not available to the report.");
        }
        if (text.get().length() > MAX_TEXT_CHARS) {
            return new Shown(null, "This document is longer than " + MAX_TEXT_CHARS
                    + " characters; its text is not embedded.");
        }
        Document document = new Document(path, text.get());
        for (Finding f : findings) {
            if (!pointsInto(document, f.start()) || !pointsInto(document, f.end())) {
                return new Shown(null, "The file changed after it was linted, so the findings"
                        + " cannot be shown in its text.");
            }
        }
        return new Shown(document, null);
    }

    private static boolean pointsInto(Document document, Position position) {
        int offset = position.offset();
        if (offset < 0 || offset > document.text().length()) {
            return false;
        }
        Position actual = document.position(offset);
        return actual.line() == position.line() && actual.column() == position.column();
    }

}
