package org.corpuslint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Position;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.rule.RuleMetadata;

/**
 * {@code corpus-lint.sarif}: SARIF 2.1.0, read by GitHub code scanning, IDEs and SARIF viewers.
 * Artifact URIs are relative to the base id {@code CORPUSROOT}; columns count UTF-16 code units
 * (SARIF's default) and end columns are exclusive.
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
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        ObjectNode log = JsonSupport.mapper().createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = new HashMap<>();
        run.putObject("tool").set("driver", driver(result.rules(), ruleIndex));
        if (context.corpusRoot() != null) {
            String rootUri = context.corpusRoot().toAbsolutePath().toUri().toString();
            run.putObject("originalUriBaseIds").putObject(ROOT_BASE_ID)
                    .put("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex));
        }
        JsonSupport.write(log, out);
    }

    private static ObjectNode driver(List<RuleMetadata> rules, Map<String, Integer> ruleIndex) {
        ObjectNode driver = JsonSupport.mapper().createObjectNode();
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.version());
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleMetadata rule : rules) {
            if (ruleIndex.containsKey(rule.id())) {
                continue;
            }
            ruleIndex.put(rule.id(), descriptors.size());
            ObjectNode d = descriptors.addObject();
            d.put("id", rule.id());
            d.putObject("shortDescription").put("text", rule.summary());
            d.putObject("fullDescription").put("text", rule.explanation());
            d.putObject("help").put("text", rule.explanation() + "\n\nExample: " + rule.example());
            d.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        return driver;
    }

    private static ObjectNode result(Finding f, Map<String, Integer> ruleIndex) {
        ObjectNode node = JsonSupport.mapper().createObjectNode();
        node.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            node.put("ruleIndex", index);
        }
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        ObjectNode physical = node.putArray("locations").addObject()
                .putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(f.path()));
        physical.set("region", region(f.start(), f.end()));
        if (f.fix() != null) {
            node.putArray("fixes").add(fix(f.path(), f.fix()));
        }
        return node;
    }

    private static ObjectNode fix(String path, Fix fix) {
        ObjectNode node = JsonSupport.mapper().createObjectNode();
        node.putObject("description").put("text", fix.description());
        node.putObject("properties").put("confidence", fix.confidence().label());
        ObjectNode change = node.putArray("artifactChanges").addObject();
        change.set("artifactLocation", artifactLocation(path));
        ArrayNode replacements = change.putArray("replacements");
        for (TextEdit edit : fix.edits()) {
            ObjectNode replacement = replacements.addObject();
            replacement.set("deletedRegion", region(edit.start(), edit.end()));
            replacement.putObject("insertedContent").put("text", edit.replacement());
        }
        return node;
    }

    private static ObjectNode artifactLocation(String path) {
        ObjectNode node = JsonSupport.mapper().createObjectNode();
        node.put("uri", uri(path));
        node.put("uriBaseId", ROOT_BASE_ID);
        return node;
    }

    private static ObjectNode region(Position start, Position end) {
        ObjectNode region = JsonSupport.mapper().createObjectNode();
        region.put("startLine", start.line());
        region.put("startColumn", start.column());
        region.put("endLine", end.line());
        region.put("endColumn", end.column());
        return region;
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
