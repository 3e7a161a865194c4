package org.corpuslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Severity;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus-lint.sarif validates against the official SARIF 2.1.0 schema and says what it should. */
class SarifReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSchema() throws IOException {
        // The schema's own format keywords (uri, uri-reference) are asserted, not just noted.
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream(
                "/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(in, config);
        }
    }

    private static List<String> schemaErrors(JsonNode log) {
        Set<ValidationMessage> errors = sarifSchema.validate(log);
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode sarif(LintResult result, Path corpusRoot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter().write(result, new ReportContext(corpusRoot), out);
        return JSON.readTree(out.toByteArray());
    }

    private LintResult lintTrickyCorpus() {
        TempCorpus corpus = new TempCorpus(folder)
                .file("my folder/a b.txt", " date 19/06/2024 Share story\nFerry crossings resume.\n")
                .file("10:30 update.txt", "Ferry news\nPublished On 19 Jun 2024\n")
                .file("empty.txt", "")
                .file("ünïcode.txt", "Ferry news\n");
        LintConfig config = LintConfig.builder().threads(1)
                .ruleOption("missing-date", "referenceDate", "2024-07-01")
                .ruleSeverity("invalid-input", Severity.INFO).build();
        return new CorpusLinter(config).lintDirectory(corpus.root());
    }

    @Test
    void reportWithFixesZeroWidthRegionsAndOddPathsIsValidSarif() throws IOException {
        JsonNode log = sarif(lintTrickyCorpus(), folder);
        assertEquals(List.of(), schemaErrors(log));
    }

    @Test
    void reportOfAnInMemoryRunIsValidSarif() throws IOException {
        LintResult result = new CorpusLinter(LintConfig.defaults()).lintText("a.txt", "No date\n");
        assertEquals(List.of(), schemaErrors(sarif(result, null)));
    }

    @Test
    void reportWithoutFindingsIsValidSarif() throws IOException {
        LintResult result = new CorpusLinter(LintConfig.defaults())
                .lintText("a.txt", " date 2020-01-01\nFine.\n");
        JsonNode log = sarif(result, folder);
        assertEquals(List.of(), schemaErrors(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void validatorRejectsABrokenLog() throws IOException {
        // Guards the tests above: a validator that accepted anything would make them worthless.
        ObjectNode log = (ObjectNode) sarif(lintTrickyCorpus(), folder);
        ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
        result.put("level", "fatal");
        result.remove("message");
        ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/region"))
                .put("startLine", 0);
        assertEquals(3, schemaErrors(log).size(), schemaErrors(log).toString());
    }

    @Test
    void driverDescribesEveryRuleWithItsDefaultLevel() throws IOException {
        JsonNode driver = sarif(lintTrickyCorpus(), folder).at("/runs/0/tool/driver");
        assertEquals("corpus-lint", driver.get("name").asText());
        assertEquals(ToolInfo.version(), driver.get("version").asText());
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : driver.get("rules")) {
            rules.add(rule.get("id").asText() + " " + rule.at("/defaultConfiguration/level").asText()
                    + " " + !rule.at("/shortDescription/text").asText().isEmpty()
                    + " " + !rule.at("/fullDescription/text").asText().isEmpty());
        }
        assertEquals(List.of("missing-date error true true", "boilerplate warning true true",
                "typo error true true",
                "unattributed-caption warning true true", "orphan-credit note true true",
                "truncated-text warning true true", "duplicate-line note true true",
                "encoding warning true true", "language warning true true",
                "invalid-input error true true", "rule-failure error true true"), rules);
    }

    @Test
    void eachBuiltInRuleLinksToItsPageAndAThirdPartyRuleToNone() throws IOException {
        JsonNode rules = sarif(lintTrickyCorpus(), folder).at("/runs/0/tool/driver/rules");
        for (JsonNode rule : rules) {
            assertEquals("https://github.com/corpus-lint/corpus-lint/blob/main/docs/rules/"
                    + rule.get("id").asText() + ".md", rule.get("helpUri").asText());
        }
        LintResult custom = new org.corpuslint.engine.CorpusLinter(
                org.corpuslint.engine.LintConfig.defaults(),
                List.of(org.corpuslint.testing.SeenRule::new)).lintText("a.txt", "Text.");
        JsonNode seen = sarif(custom, folder).at("/runs/0/tool/driver/rules/0");
        assertEquals("seen", seen.get("id").asText());
        assertEquals(null, seen.get("helpUri"));
    }

    @Test
    void resultsCarryRuleLevelMessageLocationAndFixes() throws IOException {
        JsonNode run = sarif(lintTrickyCorpus(), folder).at("/runs/0");
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        List<String> results = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            results.add(describe(r, run.at("/tool/driver/rules")));
        }
        assertEquals(List.of(
                "missing-date error ./10:30%20update.txt 1:1-1:11 'document has no publication"
                        + " date; the text states 2024-06-19' fix 'insert the header line"
                        + " 'date 2024-06-19'' (likely): 1:1-1:1 => ' date 2024-06-19\n'",
                "invalid-input note empty.txt 1:1-1:1 'empty file; not linted'",
                "missing-date error my%20folder/a%20b.txt 1:7-1:17 'publication date '19/06/2024'"
                        + " is not an ISO date (YYYY-MM-DD)' fix 'replace with '2024-06-19''"
                        + " (safe):"
                        + " 1:7-1:17 => '2024-06-19'",
                "boilerplate warning my%20folder/a%20b.txt 1:18-1:29 'page chrome glued to the"
                        + " date header: 'Share story'' fix 'delete the text after the date'"
                        + " (safe):"
                        + " 1:17-1:29 => ''",
                "missing-date error %C3%BCn%C3%AFcode.txt 1:1-1:11 'document has no publication"
                        + " date'"), results);
    }

    @Test
    void artifactUrisResolveAgainstTheCorpusRootToTheFiles() throws IOException {
        JsonNode run = sarif(lintTrickyCorpus(), folder).at("/runs/0");
        URI root = URI.create(run.at("/originalUriBaseIds/CORPUSROOT/uri").asText());
        assertTrue(root.toString().endsWith("/"), root.toString());
        List<String> resolved = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("CORPUSROOT", artifact.get("uriBaseId").asText());
            Path file = Path.of(root.resolve(artifact.get("uri").asText()));
            assertTrue(Files.exists(file), file.toString());
            resolved.add(folder.relativize(file).toString());
        }
        assertEquals(List.of("10:30 update.txt", "empty.txt", "my folder/a b.txt",
                "my folder/a b.txt", "ünïcode.txt"), resolved);
    }

    /**
     * One result in one line: rule (checked against ruleIndex), level, where, message, fix with
     * its confidence.
     */
    private static String describe(JsonNode r, JsonNode rules) {
        String ruleId = r.get("ruleId").asText();
        assertEquals(ruleId, rules.get(r.get("ruleIndex").asInt()).get("id").asText());
        JsonNode location = r.at("/locations/0/physicalLocation");
        StringBuilder s = new StringBuilder(ruleId).append(' ').append(r.get("level").asText())
                .append(' ').append(location.at("/artifactLocation/uri").asText()).append(' ')
                .append(region(location.get("region"))).append(" '")
                .append(r.at("/message/text").asText()).append('\'');
        JsonNode fixes = r.get("fixes");
        if (fixes != null) {
            assertEquals(1, fixes.size());
            JsonNode change = fixes.at("/0/artifactChanges/0");
            assertEquals(location.get("artifactLocation"), change.get("artifactLocation"));
            s.append(" fix '").append(fixes.at("/0/description/text").asText()).append("' (")
                    .append(fixes.at("/0/properties/confidence").asText()).append("):");
            for (JsonNode replacement : change.get("replacements")) {
                s.append(' ').append(region(replacement.get("deletedRegion"))).append(" => '")
                        .append(replacement.at("/insertedContent/text").asText()).append('\'');
            }
        } else {
            assertFalse(r.has("fixes"));
        }
        return s.toString();
    }

    private static String region(JsonNode region) {
        return region.get("startLine").asInt() + ":" + region.get("startColumn").asInt() + "-"
                + region.get("endLine").asInt() + ":" + region.get("endColumn").asInt();
    }
}
