package org.corpuslint.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpuslint.rule.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The fixture corpora of a rule: {@code <fixturesRoot>/<rule-id>/<corpus>/}, each a
 * {@link FixtureCorpus}. Return {@link #tests} from a JUnit {@code @TestFactory} to get one test
 * per corpus. Keep {@code fixturesRoot} in the source tree (for example
 * {@code src/test/resources/fixtures}) so that regenerated expected files land there.
 *
 * <p>Part of the published test kit; see {@code docs/development.md}.
 */
public final class RuleFixtures {

    private RuleFixtures() {}

    /**
     * One test per fixture corpus of {@code rule}; a single failing test when the rule has no
     * fixture folder or the folder holds no corpus, so a rule cannot go untested by accident.
     */
    public static Stream<DynamicTest> tests(Path fixturesRoot, Supplier<Rule> rule) {
        String id = rule.get().metadata().id();
        Path ruleFolder = fixturesRoot.resolve(id);
        List<FixtureCorpus> corpora = Files.isDirectory(ruleFolder) ? corpora(ruleFolder)
                : List.of();
        if (corpora.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest(id + " has fixtures", () -> {
                throw new AssertionFailedError("rule " + id + " has no fixture corpus: add a"
                        + " folder " + ruleFolder.resolve("<name>") + " with .txt documents"
                        + " and write its " + FixtureCorpus.EXPECTED_FILE + " with -D"
                        + FixtureCorpus.WRITE_PROPERTY + "=true");
            }));
        }
        return corpora.stream().map(corpus -> DynamicTest.dynamicTest(id + "/" + corpus.name(),
                corpus.folder().toUri(), () -> corpus.check(rule)));
    }

    /** The corpus folders directly under {@code ruleFolder}, by name. */
    public static List<FixtureCorpus> corpora(Path ruleFolder) {
        try (Stream<Path> children = Files.list(ruleFolder)) {
            return children.filter(Files::isDirectory).sorted().map(FixtureCorpus::at).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule ids that have a folder under {@code fixturesRoot}, sorted. */
    public static List<String> ruleFolders(Path fixturesRoot) {
        try (Stream<Path> children = Files.list(fixturesRoot)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
