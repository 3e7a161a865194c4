package org.corpuslint.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleMetadata;
import org.opentest4j.AssertionFailedError;

/**
 * One fixture corpus on disk: a folder of {@code .txt} documents, the file
 * {@value #EXPECTED_FILE} listing every finding one rule must report there, one rendered finding
 * a line, and optionally a {@code corpus-lint.yaml} giving the rule its options. {@link #check}
 * lints the folder with exactly that rule and fails on any unlisted or missing finding; with
 * {@code -D}{@value #WRITE_PROPERTY}{@code =true} it writes the expected file instead.
 *
 * <p>Part of the published test kit; see {@code docs/development.md}.
 */
public final class FixtureCorpus {

    /** The expected-findings file; not a {@code .txt}, so it is never linted as a document. */
    public static final String EXPECTED_FILE = "expected.findings";
    /** System property that turns checking into (re)writing the expected files. */
    public static final String WRITE_PROPERTY = "corpuslint.fixtures.write";

    private static final String HEADER = "# Findings expected on this folder, one a line; lines"
            + " starting with # are comments.\n# Regenerate: mvn test -D" + WRITE_PROPERTY
            + "=true, then review the diff.\n";

    private final Path folder;

    private FixtureCorpus(Path folder) {
        this.folder = folder;
    }

    public static FixtureCorpus at(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no fixture folder " + folder);
        }
        return new FixtureCorpus(folder);
    }

    public Path folder() {
        return folder;
    }

    public String name() {
        return folder.getFileName().toString();
    }

    /** Findings of {@code rule} alone over the folder, as {@link #render(Finding)} writes them. */
    public List<String> findings(Supplier<Rule> rule) {
        LintConfig config = config(rule).toBuilder().threads(1).build();
        return new CorpusLinter(config, List.of(rule)).lintDirectory(folder).findings().stream()
                .map(FixtureCorpus::render).toList();
    }

    /** The folder's expected findings, comments and blank lines left out. */
    public List<String> expected() {
        try {
            return Files.readAllLines(folder.resolve(EXPECTED_FILE), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #assertMatches}, or {@link #writeExpected} when the {@value #WRITE_PROPERTY} system
     * property is {@code true}.
     */
    public void check(Supplier<Rule> rule) {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            writeExpected(rule);
        } else {
            assertMatches(rule);
        }
    }

    /** Asserts that {@code rule} reports exactly the expected findings, in order. */
    public void assertMatches(Supplier<Rule> rule) {
        if (!Files.isRegularFile(folder.resolve(EXPECTED_FILE))) {
            throw new AssertionFailedError(folder.resolve(EXPECTED_FILE) + " is missing; write"
                    + " it with -D" + WRITE_PROPERTY + "=true and review it");
        }
        List<String> expected = expected();
        List<String> actual = findings(rule);
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(FindingsDiff.describe(folder, expected, actual),
                    String.join("\n", expected), String.join("\n", actual));
        }
    }

    /** Writes what {@code rule} reports now as the expected findings. */
    public void writeExpected(Supplier<Rule> rule) {
        StringBuilder text = new StringBuilder(HEADER);
        findings(rule).forEach(line -> text.append(line).append('\n'));
        try {
            Files.writeString(folder.resolve(EXPECTED_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link RuleFixture#render(Finding)}, plus the fix's confidence:
     * {@code a.txt:3:5-3:13 error [typo] message | fix: description => 3:5-3:13 "x" (SAFE)}.
     */
    public static String render(Finding finding) {
        String line = RuleFixture.render(finding);
        return finding.fix() == null ? line : line + " (" + finding.fix().confidence() + ")";
    }

    /** The folder's {@code corpus-lint.yaml}, read knowing {@code rule}; defaults without one. */
    private LintConfig config(Supplier<Rule> rule) {
        Path file = folder.resolve(ConfigFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return LintConfig.defaults();
        }
        Set<RuleMetadata> known = new LinkedHashSet<>(
                new CorpusLinter(LintConfig.defaults()).allRules());
        RuleMetadata own = rule.get().metadata();
        if (known.stream().noneMatch(m -> m.id().equals(own.id()))) {
            known.add(own);
        }
        return ConfigFile.load(file, new ArrayList<>(known)).config();
    }
}
