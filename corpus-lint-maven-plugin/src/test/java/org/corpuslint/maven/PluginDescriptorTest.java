package org.corpuslint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The generated plugin descriptor: the goal's lifecycle contract and one user property per
 * setting, named as {@link Setting} names them in error messages.
 */
class PluginDescriptorTest {

    private static Element plugin;
    private static Element mojo;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is generated into target/classes");
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            plugin = document.getDocumentElement();
            mojo = mojo("check");
        }
    }

    @Test
    void checkGoalRunsInVerifyThreadSafeAndWithoutAProject() {
        assertEquals("corpus-lint", text(plugin, "goalPrefix"));
        assertEquals("check", text(mojo, "goal"));
        assertEquals("verify", text(mojo, "phase"));
        assertEquals("true", text(mojo, "threadSafe"));
        assertEquals("false", text(mojo, "requiresProject"));
    }

    private static Element mojo(String goal) {
        var mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element candidate = (Element) mojos.item(i);
            if (goal.equals(text(candidate, "goal"))) {
                return candidate;
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    @Test
    void everySettingHasItsUserProperty() {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        Element check = (Element) mojo.getElementsByTagName("configuration").item(0);
        Element fix = (Element) mojo("fix").getElementsByTagName("configuration").item(0);
        for (Setting setting : Setting.values()) {
            if (setting.property() != null) {
                expected.put(setting.parameter(), "${" + setting.property() + "}");
                String inCheck = text(check, setting.parameter());
                actual.put(setting.parameter(),
                        inCheck != null ? inCheck : text(fix, setting.parameter()));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void fixAndBaselineTakeTheSharedParametersAndNeedNoProject() {
        for (String goal : new String[] {"fix", "baseline"}) {
            Element goalMojo = mojo(goal);
            assertEquals("false", text(goalMojo, "requiresProject"));
            assertEquals(null, text(goalMojo, "phase"));
            Element configuration =
                    (Element) goalMojo.getElementsByTagName("configuration").item(0);
            assertEquals("${corpus-lint.configFile}", text(configuration, "configFile"));
            assertEquals("${corpus-lint.corpusDirectory}", text(configuration, "corpusDirectory"));
        }
        Element fix = (Element) mojo("fix").getElementsByTagName("configuration").item(0);
        assertEquals("${corpus-lint.dryRun}", text(fix, "dryRun"));
        Element baseline =
                (Element) mojo("baseline").getElementsByTagName("configuration").item(0);
        assertEquals("${corpus-lint.baseline}", text(baseline, "baseline"));
        assertEquals("${corpus-lint.allowEmpty}", text(baseline, "allowEmpty"));
    }

    @Test
    void fixAndBaselineDoNotTakeTheParametersOnlyCheckUses() {
        List<String> checkOnly = List.of("failOnSeverity", "formats", "outputDirectory",
                "githubAnnotations", "maxAllowedViolations", "maxAllowedErrors",
                "maxAllowedWarnings", "maxAllowedInfos");
        Map<String, List<String>> taken = new LinkedHashMap<>();
        for (String goal : new String[] {"fix", "baseline"}) {
            taken.put(goal, parameterNames(mojo(goal)).stream()
                    .filter(checkOnly::contains).toList());
        }
        assertEquals(Map.of("fix", List.of(), "baseline", List.of()), taken);
        assertEquals(List.of(), parameterNames(mojo("fix")).stream().filter(List.of("baseline",
                "allowEmpty")::contains).toList());
        assertEquals(true, parameterNames(mojo("check")).containsAll(checkOnly));
    }

    private static List<String> parameterNames(Element goalMojo) {
        List<String> names = new ArrayList<>();
        Element parameters = (Element) goalMojo.getElementsByTagName("parameters").item(0);
        var each = parameters.getElementsByTagName("parameter");
        for (int i = 0; i < each.getLength(); i++) {
            names.add(text((Element) each.item(i), "name"));
        }
        return names;
    }

    @Test
    void defaults() {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String name : new String[] {"corpusDirectory", "includes", "excludes", "encoding",
                "failOnSeverity", "skip", "outputDirectory", "threads", "formats"}) {
            Element parameter = (Element) configuration.getElementsByTagName(name).item(0);
            defaults.put(name, parameter.getAttribute("default-value"));
        }
        // includes and encoding have no default here: corpus-lint.yaml may set them.
        assertEquals(Map.of("corpusDirectory", "${basedir}/corpus", "includes", "",
                "excludes", "", "encoding", "", "failOnSeverity", "error", "skip", "false",
                "outputDirectory", "", "threads", "0",
                "formats", "sarif,json,html"), defaults);
    }

    private static String text(Element parent, String childName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(childName)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
