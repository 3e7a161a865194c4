package org.corpuslint.fix;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.ConfigurationCheck;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.model.Finding;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rules.BuiltInRules;

/**
 * Applies the fixes that findings carry, those of the chosen rules at or above the minimum
 * confidence ({@link FixOptions}; safe fixes only by default). {@link #plan} lints the corpus and
 * remembers a hash of every document with a fix to apply; {@link #apply} then takes the files
 * one by one, a few at a time in parallel, and forgets each once it is written, so memory holds
 * a few documents, not the corpus:
 *
 * <ul>
 *   <li>a file whose text is no longer what was linted is skipped, with a note;
 *   <li>fixes whose edits overlap are not applied together: the first in report order wins, the
 *       document is checked again (in memory, against the same corpus profile) and the fixes
 *       still proposed are applied, up to {@value #MAX_PASSES} passes, so the text that is
 *       written has no fix left to apply and a second {@code fix} changes nothing;
 *   <li>the new text is written atomically in the original encoding, byte order mark and line
 *       ends; in a dry run nothing is written and each file gets a unified diff instead;
 *   <li>with a patch file, every diff is also written to it, a patch for {@code patch -p1}.
 * </ul>
 *
 * Nothing else in the corpus is ever written, and nothing outside it: every write goes through
 * {@link CorpusFile}'s guard. A run first removes the temporary files an interrupted run left.
 */
public final class CorpusFixer {

    static final int MAX_PASSES = DocumentSettler.MAX_PASSES;
    /** Files settled together per worker thread before their outcomes are handed out in order. */
    private static final int FILES_PER_THREAD = 4;

    private final LintConfig config;
    private final FixOptions options;
    private final RuleCatalog catalog;

    public CorpusFixer(LintConfig config, FixOptions options) {
        this(config, options, BuiltInRules.catalog());
    }

    /** A fixer with rules given only as factories; see {@link RuleCatalog#ofFactories}. */
    public CorpusFixer(LintConfig config, FixOptions options, List<Supplier<Rule>> ruleFactories) {
        this(config, options, RuleCatalog.ofFactories(ruleFactories));
    }

    public CorpusFixer(LintConfig config, FixOptions options, RuleCatalog catalog) {
        this.config = config;
        this.options = options;
        this.catalog = catalog;
        ConfigurationCheck check = ConfigurationCheck.of(catalog);
        options.rules().forEach(id -> check.rule(id, "the fix rules"));
    }

    /** Lints and applies (or, in a dry run, diffs) the fixes in one go; keeps every diff. */
    public FixOutcome fix(Path corpusRoot) {
        return apply(plan(corpusRoot));
    }

    /** Lints, then hands each file's outcome to {@code each} as it is done; keeps no diff. */
    public FixOutcome fix(Path corpusRoot, Consumer<FileFix> each) {
        return apply(plan(corpusRoot), each);
    }

    /** As {@link #fix(Path, Consumer)}, over an open session; see {@link #plan(LintSession)}. */
    public FixOutcome fix(LintSession session, Consumer<FileFix> each) {
        return apply(plan(session), each);
    }

    /** Lints the corpus and remembers what each document with a fix to apply held. */
    public FixPlan plan(Path corpusRoot) {
        return plan(LintSession.open(corpusRoot, config, catalog));
    }

    /**
     * Lints every document of {@code session}, opened with this fixer's configuration and rules,
     * and remembers what each document with a fix to apply held. The plan keeps the session's
     * statistics and prepared rules, which check each document again as its fixes are applied.
     */
    public FixPlan plan(LintSession session) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        LintResult result = session.lintAll(new RunObserver() {
            @Override
            public void documentChecked(Document document, List<Finding> findings) {
                if (findings.stream().anyMatch(options::applies)) {
                    hashes.put(key(document), CorpusFile.hash(document.text()));
                }
            }
        });
        return new FixPlan(session.corpusRoot(), result, session.profile(), session.checker(),
                new TreeMap<>(hashes));
    }

    /** A document's key in the plan: its path, with {@code #line} for a JSON Lines record. */
    static String key(Document document) {
        return document.recordLocation() == null ? document.path()
                : document.path() + "#" + document.recordLocation().line();
    }

    /**
     * Applies the fixes of {@code plan} to the files, or diffs them in a dry run. The outcome
     * keeps every file's diff: for a large corpus use {@link #apply(FixPlan, Consumer)}.
     */
    public FixOutcome apply(FixPlan plan) {
        return run(plan, file -> {}, true);
    }

    /**
     * Applies the fixes of {@code plan} file by file, handing each file's outcome, diff
     * included, to {@code each} in path order as soon as it is done. The outcome returned keeps
     * no diff, so memory does not grow with the corpus.
     */
    public FixOutcome apply(FixPlan plan, Consumer<FileFix> each) {
        return run(plan, each, false);
    }

    private FixOutcome run(FixPlan plan, Consumer<FileFix> each, boolean keepDiffs) {
        CorpusBoundary boundary = boundary(plan.corpusRoot());
        int staleTempFiles = removeStaleTempFiles(boundary);
        Map<String, List<Finding>> fixable = new TreeMap<>();
        Map<FixConfidence, Integer> heldBack = new EnumMap<>(FixConfidence.class);
        for (Finding f : plan.result().findings()) {
            if (options.applies(f)) {
                fixable.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            } else if (options.holdsBack(f)) {
                heldBack.merge(f.fix().confidence(), 1, Integer::sum);
            }
        }
        List<FileFix> done = new ArrayList<>(fixable.size());
        try (PatchFile patch = options.patchFile() == null ? null
                : PatchFile.open(options.patchFile(), plan.corpusRoot())) {
            if (!fixable.isEmpty()) {
                DocumentSettler settler = new DocumentSettler(plan.checker(), options::applies);
                new OrderedBatches(config.threads(), FILES_PER_THREAD).run(
                        new ArrayList<>(fixable.entrySet()),
                        entry -> fixFile(plan, boundary, entry.getKey(), entry.getValue(),
                                settler),
                        file -> {
                            if (patch != null && !file.status().skipped()) {
                                patch.append(file.diff());
                            }
                            each.accept(file);
                            done.add(keepDiffs ? file : file.withoutDiff());
                        });
            }
            if (patch != null) {
                patch.commit();
            }
        }
        return new FixOutcome(plan.result(), done, options.dryRun(), heldBack, staleTempFiles);
    }

    /** Reads one file, settles its text and writes it (or diffs it in a dry run). */
    private FileFix fixFile(FixPlan plan, CorpusBoundary boundary, String path,
            List<Finding> fixes, DocumentSettler settler) {
        Path file = plan.corpusRoot().resolve(path);
        if (org.corpuslint.engine.JsonLinesFormat.isJsonLines(path)) {
            return new JsonLinesFileFix(config.jsonLinesFields(), settler, plan.textHashes(),
                    options.dryRun()).fix(boundary, file, path, fixes);
        }
        CorpusFile read;
        try {
            read = CorpusFile.read(boundary, file, config.charset());
        } catch (FileWriteRefused e) {
            return skipped(path, FileFix.Status.SKIPPED_UNSAFE, e.getMessage());
        } catch (CharacterCodingException e) {
            return skippedChanged(path);
        } catch (IOException e) {
            return skipped(path, "cannot read the file: " + e.getMessage());
        }
        String linted = plan.textHashes().get(path);
        if (linted == null || !linted.equals(CorpusFile.hash(read.text()))) {
            return skippedChanged(path);
        }
        DocumentSettler.Settled settled = settler.settle(path, read.text(), fixes);
        return finish(path, read, settled, options.dryRun());
    }

    private static FileFix finish(String path, CorpusFile original,
            DocumentSettler.Settled settled, boolean dryRun) {
        String diff = UnifiedDiff.of(path, original.text(), settled.text());
        if (dryRun) {
            return new FileFix(path, FileFix.Status.WOULD_FIX, settled.applied(), diff,
                    settled.notes());
        }
        try {
            if (!original.replaceWith(settled.text())) {
                return skippedChanged(path);
            }
            return new FileFix(path, FileFix.Status.FIXED, settled.applied(), diff,
                    settled.notes());
        } catch (FileWriteRefused e) {
            return skipped(path, FileFix.Status.SKIPPED_UNSAFE, e.getMessage());
        } catch (CharacterCodingException e) {
            return skipped(path, "the fixed text cannot be written in " + "the corpus encoding ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            return skipped(path, "cannot write the file: " + e.getMessage());
        }
    }

    private static CorpusBoundary boundary(Path corpusRoot) {
        try {
            return CorpusBoundary.of(corpusRoot);
        } catch (IOException e) {
            throw CorpusLintException.unreadableCorpus(corpusRoot, e);
        }
    }

    private int removeStaleTempFiles(CorpusBoundary boundary) {
        try {
            return StaleTempFiles.cleanUp(boundary.realRoot(), Instant.now(), options.dryRun());
        } catch (IOException e) {
            return 0; // left for the next run; they are never linted meanwhile
        }
    }

    private static FileFix skippedChanged(String path) {
        return skipped(path, FileFix.Status.SKIPPED_CHANGED,
                "the file changed after it was linted; it was left alone (run fix again)");
    }

    private static FileFix skipped(String path, String note) {
        return skipped(path, FileFix.Status.SKIPPED_FAILED, note);
    }

    private static FileFix skipped(String path, FileFix.Status status, String note) {
        return new FileFix(path, status, 0, "", List.of(note));
    }

}
