package org.corpuslint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.CorpusStatistic;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.ClusterSource;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * One run over a corpus, opened once with pure settings: it validates them, scans the corpus,
 * builds the corpus statistics ({@link #profile()}) and prepares the enabled rules, once. Then
 * {@link #lintAll} checks the scanned documents, observers passed per call, and
 * {@link #lintDocument}/{@link #lintText} check one document against the same statistics with
 * the same prepared rules: what an editor calls on every keystroke, without preparing a rule
 * again. Thread-safe: rules check documents from several threads.
 *
 * <pre>{@code
 * LintSession session = LintSession.forCorpus(Path.of("corpus")); // reads corpus-lint.yaml
 * LintResult all = session.lintAll(RunObserver.NONE);
 * LintResult edited = session.lintText("inbox/ferry.txt", editorText);
 * }</pre>
 *
 * <p>The file list and the statistics are those of the moment the session opened; open a new
 * session to take files added or changed since into account.
 */
public final class LintSession {

    private final Path corpusRoot;
    private final LintConfig config;
    private final List<DocumentSource> sources;
    private final List<Finding> sourceProblems;
    private final CorpusProfile profile;
    private final RuleSelection rules;
    private final RuleRunner runner;
    private final DocumentLoader loader;
    /** Documents in the sources as the profile pass counted them; 0 when not known. */
    private final int documentTotal;

    private LintSession(Path corpusRoot, LintConfig config, List<DocumentSource> sources,
            List<Finding> sourceProblems, CorpusProfile profile, RuleSelection rules,
            int documentTotal) {
        this.documentTotal = documentTotal;
        this.corpusRoot = corpusRoot;
        this.config = config;
        // A scan's sources are an immutable view of the packed file list: copying them would
        // hold every file's objects for the whole run.
        this.sources = sources instanceof DocumentSource.FileSources ? sources
                : List.copyOf(sources);
        this.sourceProblems = List.copyOf(sourceProblems);
        this.profile = profile;
        this.rules = rules;
        this.runner = new RuleRunner(rules, config, profile);
        this.loader = DocumentLoader.of(config);
    }

    /** A session over {@code corpusRoot} with the built-in rules and exactly {@code config}. */
    public static LintSession open(Path corpusRoot, LintConfig config) {
        return open(corpusRoot, config, BuiltInRules.catalog());
    }

    /**
     * A session over every document under {@code corpusRoot} that the include and exclude
     * patterns select, with the rules of {@code catalog}.
     *
     * @throws CorpusLintException when the settings are invalid (checked before the corpus is
     *     read) or the folder cannot be read
     */
    public static LintSession open(Path corpusRoot, LintConfig config, RuleCatalog catalog) {
        ConfigurationCheck.of(catalog).validate(config);
        CorpusScanner.Scan scan = CorpusScanner.scanCorpus(corpusRoot, config);
        return over(corpusRoot.toAbsolutePath().normalize(), config, catalog,
                DocumentSource.ofEach(scan.files()), scan.problems(), null);
    }

    /**
     * A session configured as the Maven plugin configures it: by the corpus's
     * {@code corpus-lint.yaml} when it has one ({@link ConfigFile#forCorpus(Path)}), else by the
     * defaults; the same code reads the file for the plugin, the library and an editor.
     *
     * @throws CorpusLintException when the configuration file is invalid
     */
    public static LintSession forCorpus(Path corpusRoot) {
        return open(corpusRoot, ConfigFile.forCorpus(corpusRoot).config());
    }

    /**
     * A session over {@code sources}: with a {@code givenProfile} the rules use those statistics,
     * with {@code null} they are built from the sources. The settings are already validated.
     * {@code corpusRoot} may be {@code null} for documents held in memory.
     */
    static LintSession over(Path corpusRoot, LintConfig config, RuleCatalog catalog,
            List<DocumentSource> sources, List<Finding> sourceProblems,
            CorpusProfile givenProfile) {
        // Created before the corpus is read, so a rule's slow loading overlaps the profile pass.
        RuleSelection created = RuleSelection.create(catalog, config);
        Profiled profiled = givenProfile != null
                ? new Profiled(givenProfile, knownTotal(sources))
                : buildProfile(config, sources, created.statistics());
        RuleSelection prepared;
        try {
            prepared = created.prepare(config, profiled.profile());
        } catch (RuntimeException | Error e) {
            if (givenProfile == null) {
                profiled.profile().releaseSignatures(); // deletes their temporary file
            }
            throw e;
        }
        if (givenProfile == null) {
            // The rules took what they need of the signatures; the rest would only weigh on
            // the collector for the whole rule pass, and their temporary file is deleted.
            profiled.profile().keepOnlyClusteredSignatures();
        }
        return new LintSession(corpusRoot, config, sources, sourceProblems, profiled.profile(),
                prepared, profiled.documents());
    }

    /**
     * A session over no corpus, for a run whose documents are handed in one at a time from
     * elsewhere (a partition of a distributed run): the settings are validated and the enabled
     * built-in rules prepared once against {@code profile}, which was built beforehand
     * (see {@link #emptyProfile(LintConfig)}). Check documents with {@link #lintDocument} or
     * {@link #lintBytes}.
     *
     * @throws CorpusLintException when the settings are invalid
     */
    public static LintSession prepared(LintConfig config, CorpusProfile profile) {
        return prepared(config, BuiltInRules.catalog(), profile);
    }

    /** {@link #prepared(LintConfig, CorpusProfile)} with the rules of {@code catalog}. */
    public static LintSession prepared(LintConfig config, RuleCatalog catalog,
            CorpusProfile profile) {
        ConfigurationCheck.of(catalog).validate(config);
        return over(null, config, catalog, List.of(), List.of(), profile);
    }

    /**
     * An empty profile counting exactly the statistics the rules {@code config} enables declare,
     * as a run's own profile pass counts: fill one per part with {@link CorpusProfile#add} (the
     * documents {@link #readDocument} gives for files), {@link CorpusProfile#merge} the parts,
     * then {@link #prepared} a session with the result.
     */
    public static CorpusProfile emptyProfile(LintConfig config) {
        return emptyProfile(config, BuiltInRules.catalog());
    }

    /** {@link #emptyProfile(LintConfig)} with the rules of {@code catalog}. */
    public static CorpusProfile emptyProfile(LintConfig config, RuleCatalog catalog) {
        ConfigurationCheck.of(catalog).validate(config);
        return new CorpusProfile(RuleSelection.create(catalog, config).statistics());
    }

    /**
     * The document a run lints for a file of the corpus with these bytes, read as a run reads
     * the file (encoding, size and line limits); empty when the file is not linted (its
     * {@code invalid-input} finding comes from {@link #lintBytes}). For a profile pass done
     * elsewhere.
     */
    public static Optional<Document> readDocument(LintConfig config, String relativePath,
            byte[] bytes) {
        return readDocument(config, relativePath, bytes.length, () -> bytes);
    }

    /**
     * {@link #readDocument(LintConfig, String, byte[])} of a file of {@code size} bytes whose
     * content is read only when the size is within {@code maxFileSize}.
     */
    public static Optional<Document> readDocument(LintConfig config, String relativePath,
            long size, FileContent content) {
        return Optional.ofNullable(DocumentLoader.of(config).load(relativePath, size, content)
                .document());
    }

    /**
     * Every document a run lints for a corpus file, handed to {@code sink}: the file's one
     * document, as {@link #readDocument(LintConfig, String, long, FileContent)} gives it, or each
     * lintable record of a JSON Lines file (read as a stream from {@link FileContent#open()}).
     * What a run's profile pass counts for the file.
     */
    public static void readDocuments(LintConfig config, String relativePath, long size,
            FileContent content, Consumer<Document> sink) {
        DocumentLoader.of(config).read(relativePath, size, content, loaded -> {
            if (loaded.lintable()) {
                sink.accept(loaded.document());
            }
        });
    }

    /**
     * Counts only {@code statistics}: those the running rules declare. Documents stream through
     * ({@link DocumentStream}); the profile holds counts, never a document.
     */
    private static Profiled buildProfile(LintConfig config, List<DocumentSource> sources,
            List<CorpusStatistic<?>> statistics) {
        DocumentLoader loader = DocumentLoader.of(config);
        int known = knownTotal(sources);
        java.util.concurrent.atomic.AtomicInteger documents =
                new java.util.concurrent.atomic.AtomicInteger();
        // Every part made, so that their duplicate signatures' files are deleted however the
        // pass ends; the first part becomes the profile, the others are merged into it.
        List<CorpusProfile> made = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.function.Supplier<CorpusProfile> workerParts =
                CorpusProfile.workerParts(statistics);
        CorpusProfile profile = null;
        try {
            List<CorpusProfile> parts = new DocumentStream(config.threads()).run(sources,
                    loader, () -> {
                        CorpusProfile part = workerParts.get();
                        made.add(part);
                        return part;
                    }, (part, loaded) -> {
                        documents.incrementAndGet();
                        if (loaded.lintable()) {
                            part.add(loaded.document());
                        }
                    }, done -> config.progress().progress("profile", done, known));
            profile = parts.isEmpty() ? new CorpusProfile(statistics) : parts.get(0);
            for (CorpusProfile part : parts.subList(Math.min(1, parts.size()), parts.size())) {
                profile.merge(part);
            }
            return new Profiled(profile, documents.get());
        } finally {
            synchronized (made) {
                for (CorpusProfile part : made) {
                    if (part != profile) {
                        part.releaseSignatures();
                    }
                }
            }
        }
    }

    /** A profile and the number of documents counted while building it. */
    private record Profiled(CorpusProfile profile, int documents) {}

    /**
     * The number of documents, when the file list tells it (no JSON Lines file, whose records
     * are counted only by reading it); 0 when it does not.
     */
    private static int knownTotal(List<DocumentSource> sources) {
        for (DocumentSource source : sources) {
            if (!source.single()) {
                return 0;
            }
        }
        return sources.size();
    }

    /** The corpus statistics the rules of this session were prepared with. */
    public CorpusProfile profile() {
        return profile;
    }

    /** The corpus folder the session was opened on, absolute and normalised. */
    public Path corpusRoot() {
        return corpusRoot;
    }

    /** The settings this session was opened with. */
    public LintConfig config() {
        return config;
    }

    /** Lints every document of the session, telling nobody. */
    public LintResult lintAll() {
        return lintAll(RunObserver.NONE);
    }

    /**
     * Lints every document of the session; {@code observer} hears of the profile, of each
     * checked document while it is in memory, and of progress. Reads the files again, not the
     * statistics: a second call costs a rules pass, no profile pass and no preparing.
     */
    public LintResult lintAll(RunObserver observer) {
        return lint(sources, sourceProblems, observer);
    }

    /** Lints one in-memory document against the session's statistics and prepared rules. */
    public LintResult lintDocument(Document document) {
        return lint(List.of(DocumentSource.of(document)), List.of(), RunObserver.NONE);
    }

    /**
     * Lints a corpus file from its bytes, read as {@link #lintAll} reads the file from disk:
     * its {@code invalid-input} findings and, when it can be linted, the rules' findings.
     * {@code relativePath} is the file's path relative to the corpus root.
     */
    public LintResult lintBytes(String relativePath, byte[] bytes) {
        return lintFile(relativePath, bytes.length, () -> bytes);
    }

    /**
     * {@link #lintBytes} of a file of {@code size} bytes whose content is read only when the
     * size is within {@code maxFileSize} (as a folder run reads files); a read that fails is the
     * file's {@code invalid-input} finding. A JSON Lines file ({@code .jsonl}, {@code .jsonl.gz},
     * {@code .jsonl.zst}) is read as a stream from {@link FileContent#open()} and every record is
     * linted, with the {@code invalid-input} findings of malformed records, as a folder run does.
     */
    public LintResult lintFile(String relativePath, long size, FileContent content) {
        boolean single = !JsonLinesFormat.isJsonLines(relativePath);
        return lint(List.of(new DocumentSource() {
            @Override
            public String relativePath() {
                return relativePath;
            }

            @Override
            public boolean single() {
                return single;
            }

            @Override
            public void read(DocumentLoader reader, Consumer<LoadedDocument> sink) {
                reader.read(relativePath, size, content, sink);
            }
        }), List.of(), RunObserver.NONE);
    }

    /** {@link #lintDocument} of the text an editor holds for {@code path}. */
    public LintResult lintText(String path, String text) {
        return lintDocument(new Document(path, text));
    }

    /** The prepared rules as a {@link DocumentChecker}, for re-checking edited documents. */
    public DocumentChecker checker() {
        return new DocumentChecker(runner);
    }

    /**
     * Lints every document of the session as {@link #lintAll(RunObserver)} does, but hands each
     * document's findings to {@code sink} as soon as it is checked instead of keeping them: the
     * run keeps only counts, so its memory does not grow with the findings. The engine's own
     * findings about files the scan could not read come first, from the calling thread.
     */
    public RunSummary lintAll(RunObserver observer, FindingSink sink) {
        return lint(sources, sourceProblems, observer, sink);
    }

    private LintResult lint(List<DocumentSource> docs, List<Finding> problems,
            RunObserver observer) {
        List<Finding> all = new ArrayList<>();
        RunSummary summary = lint(docs, problems, observer, (document, findings) -> {
            synchronized (all) {
                all.addAll(findings);
            }
        });
        all.sort(Finding.REPORT_ORDER);
        return new LintResult(all, summary.documentCount(), summary.rules(),
                summary.duplicateClusters(), summary.statistics());
    }

    private RunSummary lint(List<DocumentSource> docs, List<Finding> problems,
            RunObserver observer, FindingSink sink) {
        observer.profileReady(profile);
        int total = docs == sources ? documentTotal : knownTotal(docs);
        Map<String, Long> timesBefore = runner.cpuTimes();
        List<Finding> scanProblems = InputProblems.applySettings(problems, config);
        RunStatistics.Counter counted = new RunStatistics.Counter();
        for (Finding problem : scanProblems) {
            counted.add(null, problem.path(), List.of(problem));
            sink.accept(null, List.of(problem));
        }
        java.util.concurrent.atomic.AtomicInteger documents =
                new java.util.concurrent.atomic.AtomicInteger();
        List<RunStatistics.Counter> counters = new DocumentStream(config.threads()).run(docs,
                loader, RunStatistics.Counter::new, (counter, loaded) -> {
                    documents.incrementAndGet();
                    List<Finding> found = new ArrayList<>(loaded.problems());
                    if (loaded.lintable()) {
                        List<Finding> ruleFindings = runner.check(loaded.document());
                        observer.documentChecked(loaded.document(), ruleFindings);
                        found.addAll(ruleFindings);
                    }
                    List<Finding> findings = InputProblems.applySettings(found, config);
                    counter.add(loaded.document(), pathOf(loaded), findings);
                    if (!findings.isEmpty()) {
                        findings.sort(Finding.REPORT_ORDER);
                        sink.accept(loaded.document(), findings);
                    }
                }, done -> {
                    config.progress().progress("check", done, total);
                    observer.progress("check", done, total);
                });
        counters.forEach(counted::merge);
        List<RuleMetadata> metadata = new ArrayList<>(rules.metadata());
        metadata.add(InputProblems.INVALID_INPUT);
        metadata.add(InputProblems.RULE_FAILURE);
        List<DuplicateCluster> clusters = clustersAmong(docs);
        return new RunSummary(documents.get() + problems.size(), metadata, clusters,
                counted.build().withRuleCpuNanos(
                        RuleCpuTimes.since(timesBefore, runner.cpuTimes())));
    }

    /**
     * The clusters rules found once per run ({@link ClusterSource}) that hold at least one of
     * {@code docs}: all of them for a whole run, those of one document for {@link #lintDocument}.
     */
    private List<DuplicateCluster> clustersAmong(List<DocumentSource> docs) {
        List<DuplicateCluster> all = rules.duplicateClusters();
        if (all.isEmpty() || docs == sources) {
            return all;
        }
        Set<String> paths = new HashSet<>();
        docs.forEach(d -> paths.add(d.relativePath()));
        return all.stream()
                .filter(c -> paths.contains(c.canonical())
                        || c.copies().stream().anyMatch(copy -> paths.contains(copy.path())))
                .toList();
    }

    private static String pathOf(LoadedDocument loaded) {
        return loaded.lintable() ? loaded.document().path()
                : loaded.problems().isEmpty() ? "" : loaded.problems().get(0).path();
    }
}
