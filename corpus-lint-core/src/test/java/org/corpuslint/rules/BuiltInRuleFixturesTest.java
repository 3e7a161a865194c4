package org.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpuslint.rule.Rule;
import org.corpuslint.testkit.RuleFixtures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule against its fixture corpora, kept beside the rule's own package in
 * {@code src/test/resources/org/corpuslint/rules/<family>/fixtures/<id>/}: any finding not
 * listed in a corpus's {@code expected.findings}, or listed and not reported, fails. Regenerate
 * after an intended change with {@code mvn -o test -pl corpus-lint-core
 * -Dtest=BuiltInRuleFixturesTest -Dcorpuslint.fixtures.write=true} and review the diff.
 */
class BuiltInRuleFixturesTest {

    /**
     * The source folder, not the copy on the class path, so that regenerating edits it; found
     * from the module (Maven) or from the repository root (some IDEs).
     */
    private static final Path TEST_RESOURCES = Stream.of("", "corpus-lint-core/")
            .map(module -> Path.of(module + "src/test/resources"))
            .filter(Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("run from corpus-lint-core or the"
                    + " repository root: src/test/resources not found"));

    private static final String FIXTURES = "fixtures";

    /** The fixture folder of a rule: {@code fixtures} in its package's resource folder. */
    static Path fixturesOf(Rule rule) {
        return TEST_RESOURCES.resolve(rule.getClass().getPackageName().replace('.', '/'))
                .resolve(FIXTURES);
    }

    @TestFactory
    Stream<DynamicContainer> everyBuiltInRuleReportsExactlyItsExpectedFindings() {
        return BuiltInRules.factories().stream().map(rule -> DynamicContainer.dynamicContainer(
                rule.get().metadata().id(), RuleFixtures.tests(fixturesOf(rule.get()), rule)));
    }

    @Test
    void everyFixtureFolderBelongsToABuiltInRuleOfThatPackage() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Supplier<Rule> factory : BuiltInRules.factories()) {
            Rule rule = factory.get();
            expected.add(TEST_RESOURCES.relativize(fixturesOf(rule).resolve(rule.metadata().id()))
                    .toString().replace('\\', '/'));
        }
        Collections.sort(expected);
        List<String> found;
        try (Stream<Path> folders = Files.walk(TEST_RESOURCES)) {
            found = folders.filter(Files::isDirectory)
                    .filter(folder -> folder.getParent() != null
                            && folder.getParent().getFileName().toString().equals(FIXTURES))
                    .map(folder -> TEST_RESOURCES.relativize(folder).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(expected.contains("org/corpuslint/rules/date/fixtures/missing-date"), expected.toString());
        assertEquals(expected, found);
    }
}
