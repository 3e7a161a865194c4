package org.corpuslint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.corpuslint.cache.BlobSpill;
import org.corpuslint.cache.Blobs;
import org.corpuslint.cache.CacheContents;
import org.corpuslint.cache.CacheFile;
import org.corpuslint.cache.ClusterCodec;
import org.corpuslint.cache.CachedSource;
import org.corpuslint.cache.DocumentRow;
import org.corpuslint.cache.QueryTable;
import org.corpuslint.cache.Shards;
import org.corpuslint.document.Document;
import org.corpuslint.io.ByteArrayDataInput;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.ClusterReuse;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.CorpusStatistic;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.ExactStatistics;
import org.corpuslint.profile.ProfileEvidence;
import org.corpuslint.profile.StatisticChanges;
import org.corpuslint.rule.EvidenceSource;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * A check that keeps a cache ({@code --cache FILE}) and re-checks only what can have changed,
 * with the findings a full run gives. It reads only the files whose size or modification time
 * changed (and of those, re-checks the ones whose content hash changed), counts again the
 * statistics of the shards holding changed files and merges them with the cached ones
 * ({@link ExactStatistics}), then answers again the corpus queries the cached files' checks
 * recorded ({@link EvidenceLog}) whose inputs moved ({@link StatisticChanges}): a file is
 * re-checked when its content changed or one of its answers did. A rule that reads statistics
 * without recording its queries (no {@link EvidenceSource}) makes every file be re-checked
 * whenever the corpus changed. Memory: files keep the ids of their queries
 * ({@link QueryTable}), and the statistics of the shards wait on disk ({@link BlobSpill}).
 */
public final class IncrementalCheck {

    private final Path corpusRoot;
    private final LintConfig config;
    private final RuleCatalog catalog;
    private final Path cacheFile;
    private final String version;
    private final Consumer<String> notices;

    /**
     * @param version the tool's version: a cache of another version is not used
     * @param notices told, in a sentence each, whether the cache was used and what was re-read
     */
    public IncrementalCheck(Path corpusRoot, LintConfig config, Path cacheFile, String version,
            Consumer<String> notices) {
        this(corpusRoot, config, BuiltInRules.catalog(), cacheFile, version, notices);
    }

    public IncrementalCheck(Path corpusRoot, LintConfig config, RuleCatalog catalog,
            Path cacheFile, String version, Consumer<String> notices) {
        this.corpusRoot = corpusRoot.toAbsolutePath().normalize();
        this.config = config;
        this.catalog = catalog;
        this.cacheFile = cacheFile.toAbsolutePath().normalize();
        this.version = version;
        this.notices = notices;
    }

    /** What one file is now, against the cache. */
    private record FileState(SourceFile file, long size, long modified, String hash,
            CachedSource cached) {
        boolean unchanged() {
            return cached != null;
        }
    }

    /** What re-checking one file found: its documents, and the ids of the queries read. */
    private static final class Checked {
        final List<DocumentRow> rows = new ArrayList<>();
        final List<int[]> queries = new ArrayList<>();

        int[] queryIds() {
            return queries.size() == 1 ? queries.get(0)
                    : queries.stream().flatMapToInt(Arrays::stream).sorted().distinct()
                            .toArray();
        }
    }

    /** The old cache's blocks could not be read: the run is a full one after all. */
    private static final class DamagedCache extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedCache(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Lints the corpus, using and then rewriting the cache.
     *
     * @throws CorpusLintException when the settings are invalid or the corpus cannot be read
     */
    public LintResult run(RunObserver observer) {
        List<Finding> all = new ArrayList<>();
        RunSummary summary = run(observer, (document, findings) -> {
            synchronized (all) {
                all.addAll(findings);
            }
        });
        all.sort(Finding.REPORT_ORDER);
        return new LintResult(all, summary.documentCount(), summary.rules(),
                summary.duplicateClusters(), summary.statistics());
    }

    /**
     * As {@link #run(RunObserver)}, but hands the findings to {@code sink} instead of keeping
     * them: the engine's own findings about the scan first, then each document's, cached or
     * found now, with a {@code null} document (the cache keeps no text). Findings of files
     * linted now reach {@code observer} with their documents, and so do those of unchanged
     * files when the observer reads documents.
     *
     * @throws CorpusLintException when the settings are invalid or the corpus cannot be read
     */
    public RunSummary run(RunObserver observer, FindingSink sink) {
        ConfigurationCheck.of(catalog).validate(config);
        CorpusScanner.Scan scan = CorpusScanner.scanCorpus(corpusRoot, config);
        RuleSelection created = RuleSelection.create(catalog, config);
        List<CorpusStatistic<?>> statistics = created.statistics();
        ExactStatistics empty = ExactStatistics.counting(statistics);
        if (empty == null) {
            notices.accept("cache not used: a rule counts a corpus statistic that is not built"
                    + " in; a full run");
            return LintSession.over(corpusRoot, config, catalog,
                    scan.files().stream().map(DocumentSource::of).toList(), scan.problems(),
                    null).lintAll(observer, sink);
        }
        PhaseTimes phases = new PhaseTimes();
        String key = CacheKey.of(config, catalog, version);
        phases.start("read cache");
        try (CacheFile.Loaded loaded = CacheFile.read(cacheFile, key)) {
            if (!loaded.usable()) {
                notices.accept("cache " + cacheFile + " not used (" + loaded.problem()
                        + "): a full run");
            }
            try {
                return run(scan, created, empty, key, loaded.contents(), observer, sink,
                        phases);
            } catch (DamagedCache e) {
                notices.accept("cache " + cacheFile + " not used (" + e.getMessage()
                        + "): a full run");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(scan, created, empty, key, null, observer, sink, new PhaseTimes());
        } catch (DamagedCache e) {
            throw new IllegalStateException("no cache was read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunSummary run(CorpusScanner.Scan scan, RuleSelection created,
            ExactStatistics empty, String key, CacheContents old, RunObserver observer,
            FindingSink sink, PhaseTimes phases) throws DamagedCache, IOException {
        List<CorpusStatistic<?>> statistics = created.statistics();
        DocumentLoader loader = DocumentLoader.of(config);

        phases.start("stat files");
        List<FileState> states = states(scan.files(), old);
        Set<String> present = new HashSet<>();
        states.forEach(s -> present.add(s.file().relativePath()));
        Set<Integer> dirtyShards = new TreeSet<>();
        int changedFiles = 0;
        for (FileState s : states) {
            if (!s.unchanged()) {
                changedFiles++;
                dirtyShards.add(Shards.of(s.file().relativePath()));
            }
        }
        int removedFiles = 0;
        if (old != null) {
            for (String path : old.sources().keySet()) {
                if (!present.contains(path)) {
                    removedFiles++;
                    dirtyShards.add(Shards.of(path));
                }
            }
        }
        boolean corpusChanged = old == null || changedFiles > 0 || removedFiles > 0;
        if (old == null) {
            IntStream.range(0, Shards.COUNT).forEach(dirtyShards::add);
        }

        try (BlobSpill spill = spill(old)) {
            // Statistics: the cached total, with each dirty shard counted again. Every block
            // needed from the old cache is read first: a damaged one means a full run.
            phases.start("count shards");
            ExactStatistics total = old == null ? empty.emptyCopy() : oldBlock(old, 0);
            Map<Integer, ExactStatistics> oldShards = new HashMap<>();
            if (old != null) {
                for (int shard : dirtyShards) {
                    oldShards.put(shard, oldBlock(old, Blobs.ofShard(shard)));
                }
            }
            StatisticChanges changes = new StatisticChanges();
            countShards(states, dirtyShards, empty, loader, (shard, counted) -> {
                ExactStatistics before = oldShards.remove(shard);
                if (before != null) {
                    before.collectChanges(counted, changes);
                    total.subtract(before);
                }
                total.merge(counted);
                spill.write(Blobs.ofShard(shard), counted::write);
            });
            phases.start("profile");
            CorpusProfile profile = total.toProfile(statistics);
            if (old != null) {
                reuseClusters(old, total, changes, profile);
            }
            if (corpusChanged) {
                spill.write(0, total::write);
            }
            phases.start("prepare");
            RuleSelection rules = created.prepare(config, profile);
            RuleRunner runner = new RuleRunner(rules, config, profile);

            // Unchanged files whose answers all stand keep their findings.
            phases.start("answers");
            QueryTable table = old == null ? QueryTable.empty() : old.queries();
            boolean[] changedQueries = !corpusChanged ? new boolean[table.size()]
                    : changedQueries(table, rules, profile, changes);
            boolean everything = old == null || (corpusChanged && blindRules(rules));
            List<FileState> recheck = new ArrayList<>();
            for (FileState s : states) {
                if (everything || !s.unchanged()
                        || anyChanged(s.cached().queries(), changedQueries)) {
                    recheck.add(s);
                }
            }
            phases.start("check");
            Map<String, Checked> checked = check(recheck, runner, loader, observer, table);
            phases.start("replay");
            if (observer.readsDocuments()) {
                replay(states, checked, loader, observer);
            }
            if (old != null) {
                notices.accept("cache: " + changedFiles + " changed, " + removedFiles
                        + " removed, " + recheck.size() + " of " + states.size()
                        + " files re-checked");
            }

            // The result, as a full run gives it: the findings go to the sink file by file.
            phases.start("result");
            RunStatistics.Counter counter = new RunStatistics.Counter();
            for (Finding problem : InputProblems.applySettings(scan.problems(), config)) {
                counter.add(null, problem.path(), List.of(problem));
                sink.accept(null, List.of(problem));
            }
            Map<String, CachedSource> sources = new LinkedHashMap<>();
            int documents = 0;
            for (FileState s : states) {
                String path = s.file().relativePath();
                Checked found = checked.get(path);
                CachedSource source = found != null
                        ? new CachedSource(path, s.size(), s.modified(), s.hash(), found.rows,
                                found.queryIds())
                        : s.cached().touched(s.modified());
                sources.put(path, source);
                for (DocumentRow row : source.rows()) {
                    documents++;
                    counter.add(row.outlet(), row.month(), row.words(), row.findings());
                    if (!row.findings().isEmpty()) {
                        List<Finding> sorted = new ArrayList<>(row.findings());
                        sorted.sort(Finding.REPORT_ORDER);
                        sink.accept(null, sorted);
                    }
                }
            }
            List<RuleMetadata> metadata = new ArrayList<>(rules.metadata());
            metadata.add(InputProblems.INVALID_INPUT);
            metadata.add(InputProblems.RULE_FAILURE);
            RunSummary result = new RunSummary(documents + scan.problems().size(),
                    metadata, rules.duplicateClusters(), counter.build());

            phases.start("write cache");
            spill.write(Blobs.CLUSTERS,
                    out -> ClusterCodec.write(out, profile.duplicateClustersFound()));
            QueryTable.Compacted compacted = table.compacted(sources.values());
            List<CachedSource> written = new ArrayList<>(sources.size());
            sources.values().forEach(source -> written.add(compacted.renumber(source)));
            try {
                if (spill.keeps()) {
                    CacheFile.write(cacheFile, key, compacted.table(), written, spill);
                }
            } catch (IOException | UncheckedIOException e) {
                notices.accept("cache " + cacheFile + " not written: " + e.getMessage());
            }
            phases.end(notices);
            profile.releaseSignatures(); // their temporary file: the clusters are found
            return result;
        }
    }

    /** Where the blocks counted now go until the cache is written. */
    private BlobSpill spill(CacheContents old) {
        try {
            return BlobSpill.beside(cacheFile, old == null ? null : old.blobs());
        } catch (IOException e) {
            notices.accept("cache " + cacheFile + " not written: " + e.getMessage());
            return BlobSpill.discarding();
        }
    }

    /**
     * Hands the profile the cached duplicate clusters of each threshold whose clusters no
     * change moved ({@link ClusterReuse}): the rules then need not cluster the whole corpus.
     */
    private static void reuseClusters(CacheContents old, ExactStatistics total,
            StatisticChanges changes, CorpusProfile profile) throws DamagedCache {
        Map<Double, DuplicateClusters> cached;
        try {
            cached = ClusterCodec.read(old.blobs().read(Blobs.CLUSTERS));
        } catch (IOException e) {
            throw new DamagedCache(e);
        } catch (RuntimeException e) {
            throw new DamagedCache(new IOException("damaged (" + e + ")", e));
        }
        cached.forEach((threshold, clusters) -> {
            if (ClusterReuse.clustersStand(total, changes, threshold)) {
                profile.supplyDuplicateClusters(threshold, clusters);
            }
        });
    }

    private static ExactStatistics oldBlock(CacheContents old, int index) throws DamagedCache {
        try {
            return readShard(old.blobs().read(index));
        } catch (IOException e) {
            throw new DamagedCache(e);
        } catch (UncheckedIOException e) {
            throw new DamagedCache(e.getCause());
        } catch (RuntimeException e) {
            throw new DamagedCache(new IOException("damaged (" + e + ")", e));
        }
    }

    /** Each scanned file against its cached entry: unchanged by size and time, or by hash. */
    private List<FileState> states(List<SourceFile> files, CacheContents old) {
        // Size and time as the corpus scan saw them: no second look at each file.
        return files.parallelStream().map(file -> {
            CachedSource cached = old == null ? null : old.sources().get(file.relativePath());
            long size = file.size();
            long modified = file.modified();
            if (size < 0 || modified < 0) { // not seen by the scan
                try {
                    BasicFileAttributes attributes =
                            Files.readAttributes(file.absolutePath(), BasicFileAttributes.class);
                    size = attributes.size();
                    modified = attributes.lastModifiedTime().toMillis();
                } catch (IOException e) {
                    return new FileState(file, -1, -1, "", null); // the loader reports it
                }
            }
            if (cached != null && cached.size() == size && cached.modified() == modified
                    && !cached.contentHash().isEmpty()) {
                return new FileState(file, size, modified, cached.contentHash(), cached);
            }
            String hash = hash(file, size);
            boolean same = cached != null && !hash.isEmpty() && hash.equals(cached.contentHash());
            return new FileState(file, size, modified, hash, same ? cached : null);
        }).toList();
    }

    /** The content hash of a file; of a file too large to lint, its size stands for it. */
    private String hash(SourceFile file, long size) {
        if (size > config.maxFileSize() && !JsonLinesFormat.isJsonLines(file.relativePath())) {
            return "size " + size;
        }
        try {
            return CacheKey.sha256(Files.readAllBytes(file.absolutePath()));
        } catch (IOException | OutOfMemoryError e) {
            return "";
        }
    }

    /** Receives one shard's statistics as counted now. */
    @FunctionalInterface
    private interface ShardSink {
        void counted(int shard, ExactStatistics statistics) throws IOException;
    }

    /** Shards counted in one pass: few enough that their statistics weigh little. */
    private static final int SHARDS_PER_PASS = 16;

    /**
     * Counts the statistics of each of {@code dirty} shards from their files now, a few shards
     * per pass, and hands each to {@code sink} as soon as its pass is done.
     */
    private void countShards(List<FileState> states, Set<Integer> dirty, ExactStatistics empty,
            DocumentLoader loader, ShardSink sink) throws IOException {
        List<Integer> shards = new ArrayList<>(dirty);
        int total = 0;
        Map<Integer, List<DocumentSource>> byShard = new HashMap<>();
        for (FileState s : states) {
            int shard = Shards.of(s.file().relativePath());
            if (dirty.contains(shard)) {
                byShard.computeIfAbsent(shard, k -> new ArrayList<>())
                        .add(DocumentSource.of(s.file()));
                total++;
            }
        }
        int all = total;
        int[] before = {0};
        for (int from = 0; from < shards.size(); from += SHARDS_PER_PASS) {
            List<Integer> pass = shards.subList(from, Math.min(shards.size(),
                    from + SHARDS_PER_PASS));
            List<DocumentSource> sources = new ArrayList<>();
            pass.forEach(shard -> sources.addAll(byShard.getOrDefault(shard, List.of())));
            List<Map<Integer, ExactStatistics>> parts = new DocumentStream(config.threads())
                    .run(sources, loader, HashMap::new, (part, doc) -> {
                        if (doc.lintable()) {
                            part.computeIfAbsent(Shards.of(doc.document().path()),
                                    k -> empty.emptyCopy()).add(doc.document());
                        }
                    }, done -> config.progress().progress("profile", before[0] + done, all));
            before[0] += sources.size();
            for (int shard : pass) {
                ExactStatistics counted = empty.emptyCopy();
                for (Map<Integer, ExactStatistics> part : parts) {
                    ExactStatistics piece = part.remove(shard);
                    if (piece != null) {
                        counted.merge(piece);
                    }
                }
                sink.counted(shard, counted);
            }
        }
    }

    private static ExactStatistics readShard(byte[] blob) {
        try {
            return ExactStatistics.read(new ByteArrayDataInput(blob));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which cached queries the statistics now answer otherwise, by query id; the table is given
     * the new answers.
     */
    private static boolean[] changedQueries(QueryTable table, RuleSelection rules,
            CorpusProfile profile, StatisticChanges changes) {
        Map<String, List<Rule>> byId = new HashMap<>();
        for (Rule rule : rules.rules()) {
            byId.computeIfAbsent(rule.metadata().id(), k -> new ArrayList<>()).add(rule);
        }
        List<String> queries = table.queries();
        long[] answers = table.answers();
        boolean[] changed = new boolean[queries.size()];
        long[] now = new long[queries.size()];
        boolean[] answered = new boolean[queries.size()];
        Set<String> unchangedGuards = unchangedGuards(queries, answers, byId, profile);
        IntStream.range(0, changed.length).parallel().forEach(i -> {
            String query = queries.get(i);
            int at = query.indexOf(EvidenceLog.SEPARATOR);
            String source = query.substring(0, at);
            if (guard(source, byId).filter(unchangedGuards::contains).isPresent()) {
                return; // its whole input is unchanged
            }
            String key = query.substring(at + 1);
            if (!mayHaveChanged(source, key, byId, changes)) {
                return; // nothing it reads moved
            }
            Optional<Long> answer = answer(source, key, byId, profile);
            changed[i] = answer.isEmpty() || answer.get() != answers[i];
            if (changed[i] && answer.isPresent()) {
                now[i] = answer.get();
                answered[i] = true;
            }
        });
        for (int i = 0; i < changed.length; i++) {
            if (answered[i]) {
                table.answer(i, now[i]);
            }
        }
        if (PhaseTimes.ENABLED) {
            Map<String, Integer> bySource = new TreeMap<>();
            for (int i = 0; i < changed.length; i++) {
                if (changed[i]) {
                    String query = queries.get(i);
                    bySource.merge(query.substring(0, query.indexOf(EvidenceLog.SEPARATOR)), 1,
                            Integer::sum);
                }
            }
            System.err.println("cache: changed answers of " + changed.length + ": " + bySource);
        }
        return changed;
    }

    /** The guard queries ({@link EvidenceSource#guardOf}) whose answers did not change. */
    private static Set<String> unchangedGuards(List<String> queries, long[] answers,
            Map<String, List<Rule>> byId, CorpusProfile profile) {
        Set<String> guards = new HashSet<>();
        for (String query : queries) {
            guard(query.substring(0, query.indexOf(EvidenceLog.SEPARATOR)), byId)
                    .ifPresent(guards::add);
        }
        Set<String> unchanged = new HashSet<>();
        for (int i = 0; i < queries.size() && !guards.isEmpty(); i++) {
            String query = queries.get(i);
            if (guards.contains(query)) {
                int at = query.indexOf(EvidenceLog.SEPARATOR);
                Optional<Long> now = answer(query.substring(0, at), query.substring(at + 1),
                        byId, profile);
                if (now.isPresent() && now.get() == answers[i]) {
                    unchanged.add(query);
                }
            }
        }
        return unchanged;
    }

    private static Optional<String> guard(String source, Map<String, List<Rule>> byId) {
        int dot = source.lastIndexOf('.');
        List<Rule> instances = dot < 0 ? null : byId.get(source.substring(0, dot));
        return instances != null && instances.size() == 1
                && instances.get(0) instanceof EvidenceSource evidence
                ? evidence.guardOf(source) : Optional.empty();
    }

    private static boolean mayHaveChanged(String source, String key,
            Map<String, List<Rule>> byId, StatisticChanges changes) {
        if (source.startsWith(ProfileEvidence.PREFIX)) {
            return ProfileEvidence.mayHaveChanged(source, key, changes);
        }
        int dot = source.lastIndexOf('.');
        List<Rule> instances = dot < 0 ? null : byId.get(source.substring(0, dot));
        return instances == null || instances.size() != 1
                || !(instances.get(0) instanceof EvidenceSource evidence)
                || evidence.mayHaveChanged(source, key, changes);
    }

    private static Optional<Long> answer(String source, String key, Map<String, List<Rule>> byId,
            CorpusProfile profile) {
        if (source.startsWith(ProfileEvidence.PREFIX)) {
            return ProfileEvidence.answer(profile, source, key);
        }
        int dot = source.lastIndexOf('.');
        List<Rule> instances = dot < 0 ? null : byId.get(source.substring(0, dot));
        // A rule configured differently per folder answers per instance: not answerable here.
        if (instances == null || instances.size() != 1
                || !(instances.get(0) instanceof EvidenceSource evidence)) {
            return Optional.empty();
        }
        return evidence.evidence(source, key).map(EvidenceLog::hash);
    }

    private static boolean anyChanged(int[] queries, boolean[] changed) {
        for (int q : queries) {
            if (changed[q]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a running rule reads corpus statistics without recording its queries. */
    private static boolean blindRules(RuleSelection rules) {
        for (Rule rule : rules.rules()) {
            if (!rule.metadata().statistics().isEmpty() && !(rule instanceof EvidenceSource)) {
                return true;
            }
        }
        return false;
    }

    /** Checks the files, recording each document's evidence. */
    private Map<String, Checked> check(List<FileState> files, RuleRunner runner,
            DocumentLoader loader, RunObserver observer, QueryTable table) {
        List<DocumentSource> sources = files.stream().map(s -> DocumentSource.of(s.file()))
                .toList();
        int total = sources.size();
        List<Map<String, Checked>> parts = new DocumentStream(config.threads()).run(sources,
                loader, HashMap::new, (part, loaded) -> {
                    List<Finding> found = new ArrayList<>(loaded.problems());
                    Map<String, Long> answers = Map.of();
                    Document document = loaded.document();
                    if (loaded.lintable()) {
                        EvidenceLog log = EvidenceLog.start();
                        List<Finding> ruleFindings;
                        try {
                            ruleFindings = runner.check(document);
                        } finally {
                            EvidenceLog.stop();
                        }
                        answers = log.answers();
                        observer.documentChecked(document, ruleFindings);
                        found.addAll(ruleFindings);
                    }
                    String path = loaded.lintable() ? document.path()
                            : loaded.problems().isEmpty() ? "" : loaded.problems().get(0).path();
                    Document counted = loaded.lintable() ? document : null;
                    String[] slices = RunStatistics.Counter.slicesOf(counted, path);
                    Checked checked = part.computeIfAbsent(path, k -> new Checked());
                    checked.rows.add(new DocumentRow(slices[0], slices[1],
                            RunStatistics.Counter.wordsOf(counted),
                            InputProblems.applySettings(found, config)));
                    checked.queries.add(table.intern(answers));
                }, done -> {
                    config.progress().progress("check", done, total);
                    observer.progress("check", done, total);
                });
        Map<String, Checked> merged = new HashMap<>();
        for (FileState s : files) {
            merged.put(s.file().relativePath(), new Checked());
        }
        for (Map<String, Checked> part : parts) {
            part.forEach((path, c) -> {
                Checked into = merged.computeIfAbsent(path, k -> new Checked());
                into.rows.addAll(c.rows);
                into.queries.addAll(c.queries);
            });
        }
        return merged;
    }

    /**
     * Tells {@code observer} of the kept files' documents that have findings, read again, as a
     * full run tells of them: baseline fingerprints and the HTML report's texts need the text
     * around a finding. Files without findings are not read.
     */
    private void replay(List<FileState> states, Map<String, Checked> checked,
            DocumentLoader loader, RunObserver observer) {
        Map<String, List<Finding>> byDocument = new HashMap<>();
        List<DocumentSource> sources = new ArrayList<>();
        for (FileState s : states) {
            if (checked.containsKey(s.file().relativePath())) {
                continue;
            }
            boolean any = false;
            for (DocumentRow row : s.cached().rows()) {
                for (Finding f : row.findings()) {
                    if (!f.ruleId().equals(InputProblems.INVALID_INPUT.id())) {
                        byDocument.computeIfAbsent(f.documentKey(), k -> new ArrayList<>())
                                .add(f);
                        any = true;
                    }
                }
            }
            if (any) {
                sources.add(DocumentSource.of(s.file()));
            }
        }
        new DocumentStream(config.threads()).run(sources, loader, () -> null, (none, loaded) -> {
            if (loaded.lintable()) {
                List<Finding> findings = byDocument.get(loaded.document().key());
                if (findings != null) {
                    observer.documentChecked(loaded.document(), findings);
                }
            }
        }, done -> {});
    }
}
