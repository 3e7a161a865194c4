package org.corpuslint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.LinkedHashMap;
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
            mojo = (Element) plugin.getElementsByTagName("mojo").item(0);
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

    @Test
    void everySettingHasItsUserProperty() {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        for (Setting setting : Setting.values()) {
            if (setting.property() != null) {
                expected.put(setting.parameter(), "${" + setting.property() + "}");
                actual.put(setting.parameter(), text(configuration, setting.parameter()));
            }
        }
        assertEquals(expected, actual);
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
        assertEquals(Map.of("corpusDirectory", "${basedir}/corpus", "includes", "**/*.txt",
                "excludes", "", "encoding", "UTF-8", "failOnSeverity", "error", "skip", "false",
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
