package org.corpuslint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * The library entry point: lints a corpus folder, a list of files, or documents in memory, and
 * returns the findings. Needs no Maven. Each call is one run: a streaming pass builds the
 * {@link CorpusProfile}, then the enabled rules check every document in parallel. Results are
 * the same, in the same order, whatever the number of threads.
 *
 * <pre>{@code
 * LintResult result = new CorpusLinter(LintConfig.defaults()).lintDirectory(Path.of("corpus"));
 * result.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>{@link #lintDirectory} uses only the configuration it is given; {@link #forCorpus} reads the
 * corpus's {@code corpus-lint.yaml} first, as the Maven plugin does. To lint several times
 * against the same statistics without preparing the rules again (an editor), or to observe a
 * run, open a {@link LintSession}.
 */
public final class CorpusLinter {

    private static final String OUTSIDE_ROOT = "file outside the corpus; not linted"
            + " (set followLinks to lint it)";

    private final LintConfig config;
    private final RuleCatalog catalog;

    /** A linter with the built-in rules. */
    public CorpusLinter(LintConfig config) {
        this(config, BuiltInRules.catalog());
    }

    /** A linter with the rules of {@code catalog}. */
    public CorpusLinter(LintConfig config, RuleCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    /**
     * A linter configured as the Maven plugin configures it for {@code corpusRoot}: by its
     * {@code corpus-lint.yaml} when it has one (see {@link ConfigFile#forCorpus(Path)}), else by
     * the defaults. Then {@code lintDirectory(corpusRoot)} lints as {@code mvn corpus-lint:check}.
     *
     * @throws CorpusLintException when the configuration file is invalid
     */
    public static CorpusLinter forCorpus(Path corpusRoot) {
        return new CorpusLinter(ConfigFile.forCorpus(corpusRoot).config());
    }

    /**
     * A linter with the given rules (each run gets fresh instances); each factory is called once
     * here to read its rule's metadata. Prefer a {@link RuleCatalog}, which needs no instance.
     */
    public CorpusLinter(LintConfig config, List<Supplier<Rule>> ruleFactories) {
        this(config, RuleCatalog.ofFactories(ruleFactories));
    }

    /**
     * Lints every document under {@code corpusRoot} that the include and exclude patterns select.
     *
     * @throws CorpusLintException when the folder does not exist or the configuration is invalid
     */
    public LintResult lintDirectory(Path corpusRoot) {
        return LintSession.open(corpusRoot, config, catalog).lintAll(RunObserver.NONE);
    }

    /**
     * Lints the given files as one corpus; paths in findings are relative to {@code corpusRoot}.
     * A file whose real path lies outside the corpus root (itself, or through a symbolic link) is
     * an {@code invalid-input} finding unless {@code followLinks} is on; a file given twice, or
     * under two paths that lead to it, is linted once.
     */
    public LintResult lintFiles(Path corpusRoot, List<Path> files) {
        validateConfiguration();
        Path root = corpusRoot.toAbsolutePath().normalize();
        CorpusBoundary boundary;
        try {
            boundary = CorpusBoundary.of(root);
        } catch (IOException e) {
            throw CorpusLintException.unreadableCorpus(corpusRoot, e);
        }
        List<SourceFile> found = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            String relative = absolute.startsWith(root)
                    ? CorpusScanner.relative(root, absolute) : absolute.toString();
            if (!Files.isRegularFile(absolute)) {
                problems.add(CorpusScanner.problem(relative,
                        Files.exists(absolute) ? "not a regular file" : "file does not exist"));
                continue;
            }
            Path real;
            try {
                real = absolute.toRealPath();
            } catch (IOException e) {
                problems.add(CorpusScanner.problem(relative, "cannot read file: " + e));
                continue;
            }
            if (!config.followLinks() && !boundary.containsRealPath(real)) {
                problems.add(CorpusScanner.problem(relative, absolute.startsWith(root)
                        ? CorpusScanner.FILE_OUTSIDE : OUTSIDE_ROOT));
                continue;
            }
            found.add(new SourceFile(real, relative));
        }
        found.sort(Comparator.comparing(SourceFile::relativePath));
        List<DocumentSource> sources = SameFileFilter.firstPathOfEachFile(found, problems)
                .stream().map(DocumentSource::of).toList();
        return run(sources, null, problems);
    }

    /** Lints one in-memory document as a corpus of its own (as an IDE does for an open file). */
    public LintResult lintText(String path, String text) {
        return lintDocuments(List.of(new Document(path, text)), null);
    }

    /**
     * Lints in-memory documents. With a {@code profile} (for example, one kept from a previous
     * run over the whole corpus) rules use those corpus statistics; with {@code null} the
     * profile is built from {@code documents}.
     */
    public LintResult lintDocuments(List<Document> documents, CorpusProfile profile) {
        validateConfiguration();
        List<DocumentSource> sources = documents.stream()
                .sorted(Comparator.comparing(Document::path))
                .map(DocumentSource::of).toList();
        return run(sources, profile, List.of());
    }

    /** The metadata of every rule this linter knows, enabled or not, plus the input checks. */
    public List<RuleMetadata> allRules() {
        return ConfigurationCheck.withEngineFindings(catalog);
    }

    /** The rules this linter knows, as descriptors and factories. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** Each call is a session of its own, linting everything it was opened over. */
    private LintResult run(List<DocumentSource> sources, CorpusProfile givenProfile,
            List<Finding> scanProblems) {
        return LintSession.over(null, config, catalog, sources, scanProblems, givenProfile)
                .lintAll(RunObserver.NONE);
    }

    /**
     * Rule ids, option keys and option values, corpus-wide and per folder, before the corpus is
     * read: a misspelt id or key fails at once.
     */
    private void validateConfiguration() {
        ConfigurationCheck.of(catalog).validate(config);
    }
}
