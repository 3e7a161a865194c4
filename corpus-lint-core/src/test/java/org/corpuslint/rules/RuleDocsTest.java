package org.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has its page {@code docs/rules/<id>.md}, and the page's options table says what
 * the catalog declares: the same option names, types and defaults, in the same order.
 */
class RuleDocsTest {

    static final String HEADER = "| option | type | default | description |";
    private static final Path PAGES = Path.of("..", "docs", "rules");
    private static final String INDEX = "README.md";

    static Stream<RuleMetadata> rules() {
        return new CorpusLinter(LintConfig.defaults()).allRules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void thePageDocumentsTheCatalogsOptions(RuleMetadata rule) throws IOException {
        Path page = PAGES.resolve(rule.id() + ".md");
        assertTrue(Files.isRegularFile(page), "no page " + page.toAbsolutePath().normalize());
        List<String> lines = Files.readAllLines(page);
        assertEquals("# " + rule.id(), lines.get(0), page + " starts with its rule id");
        List<String> expected = new ArrayList<>();
        for (RuleOption<?> option : rule.options()) {
            expected.add(option.name() + " | " + option.type().name() + " | "
                    + option.defaultValue());
        }
        assertEquals(expected, documentedOptions(lines, page));
        String fixes = lines.stream().filter(l -> l.startsWith("Default severity: `"
                + rule.defaultSeverity().label() + "`")).findFirst().orElse("");
        assertTrue(fixes.contains("Fixes: "), page + " states the default severity and fixes");
        for (FixConfidence confidence : FixConfidence.values()) {
            assertEquals(rule.fixConfidences().contains(confidence),
                    fixes.contains("`" + confidence.label() + "`"),
                    page + " names the fix confidences the rule may offer: " + confidence);
        }
    }

    @Test
    void everyPageBelongsToARule() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        rules().forEach(r -> ids.add(r.id() + ".md"));
        TreeSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            files.forEach(f -> pages.add(f.getFileName().toString()));
        }
        assertTrue(pages.remove(INDEX), "no index page " + INDEX);
        assertEquals(ids, pages);
    }

    /** The index lists every rule in catalog order, linked to its page, with its severity. */
    @Test
    void theIndexListsEveryRuleInCatalogOrder() throws IOException {
        List<String> expected = rules().map(r -> "| [`" + r.id() + "`](" + r.id() + ".md) | "
                + r.defaultSeverity().label()).toList();
        List<String> listed = Files.readAllLines(PAGES.resolve(INDEX)).stream()
                .filter(line -> line.startsWith("| [`"))
                .map(line -> line.substring(0, line.indexOf(" | ", line.indexOf(")")) + 3)
                        + line.substring(line.indexOf(" | ", line.indexOf(")")) + 3).split("[ |(]")[0])
                .toList();
        assertTrue(expected.size() > 5, expected.toString());
        assertEquals(expected, listed);
    }

    /** The rows of the options table under {@code ## Options}: name | type | default. */
    static List<String> documentedOptions(List<String> lines, Path page) {
        int section = lines.indexOf("## Options");
        assertTrue(section >= 0, page + " has no '## Options' section");
        List<String> rows = new ArrayList<>();
        int i = section + 1;
        while (i < lines.size() && !lines.get(i).startsWith("## ")
                && !lines.get(i).equals(HEADER)) {
            i++;
        }
        if (i == lines.size() || !lines.get(i).equals(HEADER)) {
            assertTrue(String.join("\n", lines.subList(section, i))
                    .contains("This rule takes no options."),
                    page + " has neither an options table nor says it takes none");
            return rows;
        }
        assertEquals("|---|---|---|---|", lines.get(i + 1), page + ": table separator");
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\s*\\|\\s*", -1);
            String name = cells[1];
            assertTrue(name.matches("`[^`]+`"), page + ": option name in backticks: " + name);
            String defaultCell = cells[3];
            String defaultValue = defaultCell.equals("(none)") ? ""
                    : defaultCell.replaceAll("^`|`$", "");
            rows.add(name.substring(1, name.length() - 1) + " | " + cells[2] + " | "
                    + defaultValue);
        }
        return rows;
    }
}
