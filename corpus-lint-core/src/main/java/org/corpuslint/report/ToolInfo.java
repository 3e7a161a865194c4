package org.corpuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.rules.BuiltInRules;

/** The tool's name and version, as written into reports. */
public final class ToolInfo {

    public static final String NAME = "corpus-lint";
    public static final String INFORMATION_URI = "https://github.com/corpus-lint/corpus-lint";
    /**
     * Where the rule pages ({@code docs/rules/<id>.md}) are published: the repository's main
     * branch. A rule's help link is this followed by {@code <id>.md}.
     */
    public static final String RULE_DOCS_URI = INFORMATION_URI + "/blob/main/docs/rules/";

    /** The rules with a page: the built-in rules and the engine's own findings. */
    private static final Set<String> DOCUMENTED_RULES =
            Set.copyOf(ConfigurationCheck.of(BuiltInRules.catalog()).ruleIds());

    private static final String VERSION = loadVersion();

    private ToolInfo() {}

    /** The page of rule {@code ruleId}; empty for a rule that has none (a third party's). */
    public static Optional<String> ruleHelpUri(String ruleId) {
        return DOCUMENTED_RULES.contains(ruleId) ? Optional.of(RULE_DOCS_URI + ruleId + ".md")
                : Optional.empty();
    }

    public static String version() {
        return VERSION;
    }

    /** Writes the {@code "tool": {"name", "version"}} field that opens every JSON file we write. */
    public static void writeToolField(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", NAME);
        json.writeStringField("version", version());
        json.writeEndObject();
    }

    private static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream(
                "/META-INF/corpus-lint/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
