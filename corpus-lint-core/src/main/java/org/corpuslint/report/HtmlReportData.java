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
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.RuleMetadata;

/**
 * The JSON embedded in the HTML report, written as a stream so that only one document's text
 * and findings are in memory at a time:
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
    /**
     * Documents past the text cap still listed by path and counts (about 100 bytes each); the
     * rest are only counted, so a corpus with a million rotten documents still gives a page
     * that opens.
     */
    static final int MAX_LISTED_WITHOUT_TEXT = 50_000;
    private static final String INVALID_INPUT = "invalid-input";

    private final RunFindings result;
    private final ReportContext context;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();

    HtmlReportData(RunFindings result, ReportContext context) {
        this.result = result;
        this.context = context;
    }

    /**
     * Three passes over the findings, none holding them: the first indexes the rules, counts
     * the totals and picks the documents to list ({@link DocumentPicks}); the second collects
     * the strings of the documents shown with their text; the third writes the documents, one
     * document's findings at a time.
     */
    void write(JsonGenerator json) throws IOException {
        List<RuleMetadata> rules = new ArrayList<>();
        for (RuleMetadata rule : result.rules()) {
            if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
                rules.add(rule);
            }
        }
        int embeddedLimit = context.maxEmbeddedTexts();
        DocumentPicks picks = new DocumentPicks(embeddedLimit,
                (int) Math.min(Integer.MAX_VALUE, (long) embeddedLimit + MAX_LISTED_WITHOUT_TEXT));
        Map<List<Integer>, Integer> totals = new java.util.TreeMap<>(
                java.util.Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                        .thenComparingInt(k -> k.get(1)));
        try (DocumentGroups docs = new DocumentGroups(result.openFindings())) {
            for (List<Finding> doc = docs.next(); doc != null; doc = docs.next()) {
                for (Finding f : doc) {
                    if (ruleIndex.putIfAbsent(f.ruleId(), rules.size()) == null) {
                        rules.add(new RuleMetadata(f.ruleId(), f.severity(), "", "", ""));
                    }
                    totals.merge(List.of(ruleIndex.get(f.ruleId()), f.severity().ordinal()), 1,
                            Integer::sum);
                }
                picks.offer(displayKey(doc.get(0)), doc.size());
            }
        }
        Set<String> embedded = picks.embedded();
        Set<String> listed = picks.listed();
        try (DocumentGroups docs = new DocumentGroups(result.openFindings())) {
            // In report order, so the page is reproducible.
            for (List<Finding> doc = docs.next(); doc != null; doc = docs.next()) {
                if (embedded.contains(displayKey(doc.get(0)))) {
                    for (Finding f : doc) {
                        intern(f.message());
                        f.optionalFix().ifPresent(fix -> intern(fix.description()));
                    }
                }
            }
        }
        json.writeStartObject();
        ToolInfo.writeToolField(json);
        json.writeStringField("generated", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeStringField("corpusRoot",
                context.corpusRoot() == null ? null : context.corpusRoot().toString());
        json.writeNumberField("documents", result.documentCount());
        if (result.statistics().total().documents() > 0) {
            StatisticsJson.write(json, "statistics", result.statistics());
        }
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
        writeTotals(json, totals, picks);
        json.writeArrayFieldStart("docs");
        try (DocumentGroups docs = new DocumentGroups(result.openFindings())) {
            for (List<Finding> doc = docs.next(); doc != null; doc = docs.next()) {
                String key = displayKey(doc.get(0));
                if (embedded.contains(key)) {
                    writeDocument(json, key, doc);
                } else if (listed.contains(key)) {
                    writeTally(json, key, doc);
                }
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The whole run's counts, whatever is listed: {@code "totals": [[rule, severity, n]]},
     * {@code "docsWithFindings"}, and when documents are capped {@code "capped": {"embedded",
     * "listed", "unlisted", "unlistedFindings"}} (embedded: documents with text and finding
     * positions; listed: documents listed by path and counts only; unlisted: neither).
     */
    private static void writeTotals(JsonGenerator json, Map<List<Integer>, Integer> totals,
            DocumentPicks picks) throws IOException {
        json.writeArrayFieldStart("totals");
        for (Map.Entry<List<Integer>, Integer> total : totals.entrySet()) {
            json.writeArray(new int[] {total.getKey().get(0), total.getKey().get(1),
                total.getValue()}, 0, 3);
        }
        json.writeEndArray();
        json.writeNumberField("docsWithFindings", picks.documents());
        if (picks.embedded().size() < picks.documents()) {
            json.writeObjectFieldStart("capped");
            json.writeNumberField("embedded", picks.embedded().size());
            json.writeNumberField("listed", picks.listed().size() - picks.embedded().size());
            json.writeNumberField("unlisted", picks.documents() - picks.listed().size());
            json.writeNumberField("unlistedFindings", picks.unlistedFindings());
            json.writeEndObject();
        }
    }

    /**
     * A document past the text cap: its path and its counts by rule and severity,
     * {@code "tally": [[rule, severity, n]]}, no text and no finding positions.
     */
    private void writeTally(JsonGenerator json, String path, List<Finding> findings)
            throws IOException {
        Map<List<Integer>, Integer> tally = new LinkedHashMap<>();
        for (Finding f : findings) {
            tally.merge(List.of(ruleIndex.get(f.ruleId()), f.severity().ordinal()), 1,
                    Integer::sum);
        }
        json.writeStartObject();
        json.writeStringField("path", path);
        json.writeNullField("text");
        json.writeStringField("note", "Only the " + context.maxEmbeddedTexts() + " documents"
                + " with the most findings are shown with their text; this one is listed with"
                + " its counts. Every finding is in corpus-lint.json and corpus-lint.sarif.");
        json.writeNumberField("header", -1);
        json.writeArrayFieldStart("findings");
        json.writeEndArray();
        json.writeArrayFieldStart("tally");
        for (Map.Entry<List<Integer>, Integer> entry : tally.entrySet()) {
            json.writeArray(new int[] {entry.getKey().get(0), entry.getKey().get(1),
                entry.getValue()}, 0, 3);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A file's path, or for a JSON Lines record its file's path and {@code #line[id=…]}. */
    static String displayKey(Finding f) {
        return f.path() + f.record().map(ConsoleReport::recordSuffix).orElse("");
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
        if (findings.get(0).recordLocation() != null) {
            // Reading a record back means reading its file again: only kept texts are shown.
            Optional<String> kept = context.texts().text(findings.get(0).documentKey());
            if (kept.isEmpty()) {
                return new Shown(null, "The text of this record is not kept for the report.");
            }
            return checked(new Document(path, kept.get()), findings);
        }
        Optional<String> text = context.texts().text(path);
        if (text.isEmpty()) {
            return new Shown(null, "The text of this document is not available to the report.");
        }
        if (text.get().length() > MAX_TEXT_CHARS) {
            return new Shown(null, "This document is longer than " + MAX_TEXT_CHARS
                    + " characters; its text is not embedded.");
        }
        return checked(new Document(path, text.get()), findings);
    }

    private static Shown checked(Document document, List<Finding> findings) {
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
