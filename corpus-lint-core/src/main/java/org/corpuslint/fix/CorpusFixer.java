package org.corpuslint.fix;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunListener;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rules.BuiltInRules;

/**
 * Applies the safe fixes that findings carry. {@link #plan} lints the corpus and remembers a hash
 * of every document with a fix; {@link #apply} then rewrites each such file:
 *
 * <ul>
 *   <li>a file whose text is no longer what was linted is skipped, with a note;
 *   <li>fixes whose edits overlap are not applied together: the first in report order wins, the
 *       document is checked again (in memory, against the same corpus profile) and the fixes
 *       still proposed are applied, up to {@value #MAX_PASSES} passes, so the text that is
 *       written has no fix left to apply and a second {@code fix} changes nothing;
 *   <li>the new text is written atomically in the original encoding, byte order mark and line
 *       ends; in a dry run nothing is written and each file gets a unified diff instead.
 * </ul>
 *
 * Nothing else in the corpus is ever written, and nothing outside it: every write goes through
 * {@link CorpusFile}'s guard. A run first removes the temporary files an interrupted run left.
 */
public final class CorpusFixer {

    static final int MAX_PASSES = 10;

    private final LintConfig config;
    private final FixOptions options;
    private final List<Supplier<Rule>> ruleFactories;

    public CorpusFixer(LintConfig config, FixOptions options) {
        this(config, options, BuiltInRules.factories());
    }

    public CorpusFixer(LintConfig config, FixOptions options, List<Supplier<Rule>> ruleFactories) {
        this.config = config;
        this.options = options;
        this.ruleFactories = List.copyOf(ruleFactories);
        requireKnownRules();
    }

    /** Lints and applies (or, in a dry run, diffs) the fixes in one go. */
    public FixOutcome fix(Path corpusRoot) {
        return apply(plan(corpusRoot));
    }

    /** Lints the corpus and remembers what each document with a fix held. */
    public FixPlan plan(Path corpusRoot) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        CorpusProfile[] profile = new CorpusProfile[1];
        RunListener recorder = new RunListener() {
            @Override
            public void profileReady(CorpusProfile p) {
                profile[0] = p;
            }

            @Override
            public void documentChecked(Document document, List<Finding> findings) {
                if (findings.stream().anyMatch(this::fixable)) {
                    hashes.put(document.path(), CorpusFile.hash(document.text()));
                }
            }

            private boolean fixable(Finding f) {
                return f.fix() != null && options.allows(f.ruleId());
            }
        };
        LintConfig recording = config.toBuilder()
                .runListener(config.runListener().andThen(recorder)).build();
        LintResult result = new CorpusLinter(recording, ruleFactories).lintDirectory(corpusRoot);
        return new FixPlan(corpusRoot.toAbsolutePath().normalize(), result, profile[0],
                new TreeMap<>(hashes));
    }

    /** Applies the fixes of {@code plan} to the files, or diffs them in a dry run. */
    public FixOutcome apply(FixPlan plan) {
        CorpusBoundary boundary = boundary(plan.corpusRoot());
        int staleTempFiles = removeStaleTempFiles(boundary);
        Map<String, List<Finding>> fixable = fixableByPath(plan.result().findings());
        Map<String, Pending> pending = new LinkedHashMap<>();
        List<FileFix> done = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> entry : fixable.entrySet()) {
            String path = entry.getKey();
            Path file = plan.corpusRoot().resolve(path);
            try {
                CorpusFile read = CorpusFile.read(boundary, file, config.charset());
                String linted = plan.textHashes().get(path);
                if (linted == null || !linted.equals(CorpusFile.hash(read.text()))) {
                    done.add(skippedChanged(path));
                    continue;
                }
                pending.put(path, new Pending(read, entry.getValue()));
            } catch (FileWriteRefused e) {
                done.add(skipped(path, FileFix.Status.SKIPPED_UNSAFE, e.getMessage()));
            } catch (CharacterCodingException e) {
                done.add(skippedChanged(path));
            } catch (IOException e) {
                done.add(skipped(path, "cannot read the file: " + e.getMessage()));
            }
        }
        settle(pending, plan.profile());
        for (Map.Entry<String, Pending> entry : pending.entrySet()) {
            done.add(finish(entry.getKey(), entry.getValue(), options.dryRun()));
        }
        done.sort(java.util.Comparator.comparing(FileFix::path));
        return new FixOutcome(plan.result(), done, options.dryRun(), staleTempFiles);
    }

    /** One file on its way: what was read, the text so far, the fixes still to apply. */
    private static final class Pending {
        final CorpusFile original;
        String text;
        List<Finding> fixes;
        int applied;
        final List<String> notes = new ArrayList<>();

        Pending(CorpusFile original, List<Finding> fixes) {
            this.original = original;
            this.text = original.text();
            this.fixes = fixes;
        }
    }

    /** Applies fixes pass by pass until no document has a fix left (or the passes run out). */
    private void settle(Map<String, Pending> pending, CorpusProfile profile) {
        LintConfig quiet = config.toBuilder().runListener(RunListener.NONE).build();
        CorpusLinter linter = new CorpusLinter(quiet, ruleFactories);
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            List<Document> changed = new ArrayList<>();
            for (Map.Entry<String, Pending> entry : pending.entrySet()) {
                Pending p = entry.getValue();
                if (p.fixes.isEmpty()) {
                    continue;
                }
                FixSelection selection = FixSelection.select(p.fixes, p.text.length());
                p.text = selection.apply(p.text);
                p.applied += selection.accepted().size();
                for (FixSelection.Conflict c : selection.conflicts()) {
                    p.notes.add("the fix of [" + c.finding().ruleId() + "] at "
                            + c.finding().start() + " overlaps the fix of ["
                            + c.acceptedFinding().ruleId() + "] at " + c.acceptedFinding().start()
                            + "; it was checked again after that fix");
                }
                p.fixes = List.of();
                changed.add(new Document(entry.getKey(), p.text));
            }
            if (changed.isEmpty()) {
                return;
            }
            Map<String, List<Finding>> again =
                    fixableByPath(linter.lintDocuments(changed, profile).findings());
            again.forEach((path, fixes) -> pending.get(path).fixes = fixes);
        }
        pending.values().stream().filter(p -> !p.fixes.isEmpty()).forEach(p -> p.notes.add(
                "fixes still remain after " + MAX_PASSES + " passes (rules whose fixes undo"
                        + " each other?); run fix again and check the result"));
    }

    private static FileFix finish(String path, Pending p, boolean dryRun) {
        String diff = UnifiedDiff.of(path, p.original.text(), p.text);
        if (dryRun) {
            return new FileFix(path, FileFix.Status.WOULD_FIX, p.applied, diff, p.notes);
        }
        try {
            if (!p.original.replaceWith(p.text)) {
                return skippedChanged(path);
            }
            return new FileFix(path, FileFix.Status.FIXED, p.applied, diff, p.notes);
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
            throw new CorpusLintException("cannot read corpus directory " + corpusRoot + ": " + e,
                    e);
        }
    }

    private int removeStaleTempFiles(CorpusBoundary boundary) {
        try {
            return StaleTempFiles.cleanUp(boundary.realRoot(), Instant.now(), options.dryRun());
        } catch (IOException e) {
            return 0; // left for the next run; they are never linted meanwhile
        }
    }

    private Map<String, List<Finding>> fixableByPath(List<Finding> findings) {
        Map<String, List<Finding>> byPath = new TreeMap<>();
        for (Finding f : findings) {
            if (f.fix() != null && options.allows(f.ruleId())) {
                byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            }
        }
        return byPath;
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

    private void requireKnownRules() {
        TreeSet<String> known = new TreeSet<>();
        for (RuleMetadata m : new CorpusLinter(config, ruleFactories).allRules()) {
            known.add(m.id());
        }
        for (String id : options.rules()) {
            if (!known.contains(id)) {
                throw new CorpusLintException("unknown rule '" + id + "' in the fix rules;"
                        + " known rules: " + String.join(", ", known));
            }
        }
    }
}
