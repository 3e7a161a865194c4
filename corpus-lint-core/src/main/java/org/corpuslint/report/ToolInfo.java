package org.corpuslint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, as written into reports. */
public final class ToolInfo {

    public static final String NAME = "corpus-lint";
    public static final String INFORMATION_URI = "https://github.com/corpus-lint/corpus-lint";

    private static final String VERSION = loadVersion();

    private ToolInfo() {}

    public static String version() {
        return VERSION;
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
