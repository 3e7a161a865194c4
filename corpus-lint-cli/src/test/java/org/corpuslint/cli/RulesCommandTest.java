package org.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.corpuslint.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

/** {@code rules} and {@code explain} read the catalog. */
class RulesCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void idsAreTheCatalogsThenTheEngineFindings() {
        assertEquals(0, run("rules", "--ids"));
        List<String> expected = new java.util.ArrayList<>();
        BuiltInRules.catalog().descriptors().forEach(d -> expected.add(d.id()));
        expected.add("invalid-input");
        expected.add("rule-failure");
        assertEquals(expected, out.toString().lines().toList());
    }

    @Test
    void rulesListOptionsWithTypeAndDefault() {
        assertEquals(0, run("rules"));
        String text = out.toString();
        assertTrue(text.contains("missing-date (error): The document has no valid publication"
                + " date header."), text);
        assertTrue(text.contains("    earliestYear (integer, default '1990'): "), text);
    }

    @Test
    void explainShowsExplanationAndLink() {
        assertEquals(0, run("explain", "duplicate-line"));
        String text = out.toString();
        assertTrue(text.startsWith("duplicate-line (default severity: "), text);
        assertTrue(text.contains("Fixes: safe"), text);
        assertTrue(text.contains("More: https://github.com/corpus-lint/corpus-lint/blob/main/docs"
                + "/rules/duplicate-line.md"), text);
    }
}
