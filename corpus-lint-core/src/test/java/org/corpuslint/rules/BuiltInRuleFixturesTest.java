package org.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corpuslint.testkit.RuleFixtures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule against its fixture corpora in {@code src/test/resources/fixtures/<id>/}:
 * any finding not listed in a corpus's {@code expected.findings}, or listed and not reported,
 * fails. Regenerate after an intended change with
 * {@code mvn -o test -pl corpus-lint-core -Dtest=BuiltInRuleFixturesTest
 * -Dcorpuslint.fixtures.write=true} and review the diff.
 */
class BuiltInRuleFixturesTest {

    /**
     * The source folder, not the copy on the class path, so that regenerating edits it; found
     * from the module (Maven) or from the repository root (some IDEs).
     */
    private static final Path FIXTURES = Stream.of("", "corpus-lint-core/")
            .map(module -> Path.of(module + "src/test/resources/fixtures"))
            .filter(Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("run from corpus-lint-core or the"
                    + " repository root: src/test/resources/fixtures not found"));

    @TestFactory
    Stream<DynamicContainer> everyBuiltInRuleReportsExactlyItsExpectedFindings() {
        return BuiltInRules.factories().stream().map(rule -> DynamicContainer.dynamicContainer(
                rule.get().metadata().id(), RuleFixtures.tests(FIXTURES, rule)));
    }

    @Test
    void everyFixtureFolderIsABuiltInRule() {
        List<String> ids = BuiltInRules.factories().stream()
                .map(rule -> rule.get().metadata().id()).sorted().toList();
        assertEquals(ids, RuleFixtures.ruleFolders(FIXTURES));
    }
}
