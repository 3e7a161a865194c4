package org.corpuslint.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.corpuslint.config.ConfigFile;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.fuzz.HostileConfigs.FuzzConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.fix.FixPlan;
import org.corpuslint.model.Finding;

/**
 * What must hold for every generated corpus, checked by a lint, a fix dry run and a fix:
 * no exception escapes (an invalid configuration is refused with a {@link CorpusLintException},
 * a valid one is not), no rule fails on a document, every unreadable document becomes an
 * {@code invalid-input} finding, no link out of the corpus is linted, a dry run writes nothing,
 * and nothing outside the corpus is ever written. Problems are collected, not thrown, so that
 * one case reports all it found; {@link #step} tells which run a hung case was in.
 */
final class CaseChecks {

    private static final int STACK_LINES = 12;

    final CorpusCase corpus;
    /** The configuration of the run: the generated one, or the one read from the YAML file. */
    private FuzzConfig config;
    final List<String> problems = new CopyOnWriteArrayList<>();
    final WatchedRules rules;
    private volatile String step = "not started";
    /** What the case did, for the summary: refused, findings, invalid-input findings, files fixed. */
    volatile boolean refused;
    volatile int findings;
    volatile int invalidInputs;
    volatile long filesFixed;

    CaseChecks(CorpusCase corpus) {
        this.corpus = corpus;
        this.config = corpus.config;
        this.rules = new WatchedRules(corpus::shapeOf);
    }

    void run() {
        Map<String, String> outsideBefore = corpus.world.snapshotOutsideCorpus();
        if (corpus.config.yaml() != null) {
            step = "ConfigFile.load";
            if (!readYaml()) {
                return;
            }
        }
        // The plan is CorpusLinter.lintDirectory with a listener that records what each
        // document held; its findings are the lint's. One plan serves the dry run and then the
        // fix, as the fix goal does after showing a diff.
        step = "lintDirectory (fix plan)";
        FixPlan plan = plan();
        if (plan == null) {
            return;
        }
        checkFindings(plan.result());

        step = "fix (dry run)";
        Map<String, String> allBefore = corpus.world.snapshotAll();
        apply(plan, true);
        if (!corpus.world.snapshotAll().equals(allBefore)) {
            problems.add("the dry run wrote files: " + difference(allBefore,
                    corpus.world.snapshotAll()));
        }

        step = "fix";
        apply(plan, false);
        step = "done";
        Map<String, String> outsideAfter = corpus.world.snapshotOutsideCorpus();
        if (!outsideAfter.equals(outsideBefore)) {
            // First, so that it is never among the problems a long report leaves out.
            problems.add(0, "fix wrote outside the corpus: " + difference(outsideBefore,
                    outsideAfter));
        }
    }

    /** Where the case is: the step and, inside a run, the rule checks under way. */
    String whereNow() {
        return "step '" + step + "', " + rules.inProgress();
    }

    /** Reads the corpus's own configuration file; false when it is (rightly) refused. */
    private boolean readYaml() {
        try {
            Path file = ConfigFile.find(corpus.world.corpus()).orElseThrow();
            config = corpus.config.read(ConfigFile.load(file).config());
            return true;
        } catch (CorpusLintException e) {
            refused = true;
            return false;
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) {
            problems.add("ConfigFile.load threw " + excerpt(e));
            return false;
        }
    }

    /** The plan, or null when the configuration is refused (as it must be when invalid). */
    private FixPlan plan() {
        try {
            FixPlan plan = fixer(false).plan(corpus.world.corpus());
            if (config.invalid()) {
                problems.add("an invalid configuration was accepted");
            }
            return plan;
        } catch (CorpusLintException e) {
            refused = true;
            if (!config.invalid() && !config.mayBeRefused()) {
                problems.add("a valid configuration was refused: " + e.getMessage());
            }
            return null;
        } catch (ThreadDeath e) {
            throw e; // the budget ran out
        } catch (Throwable e) {
            problems.add("lintDirectory (fix plan) threw " + excerpt(e));
            return null;
        }
    }

    private void apply(FixPlan plan, boolean dryRun) {
        try {
            FixOutcome outcome = fixer(dryRun).apply(plan);
            if (!dryRun) {
                filesFixed = outcome.filesChanged();
            }
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) {
            problems.add((dryRun ? "fix (dry run)" : "fix") + " threw " + excerpt(e));
        }
    }

    private CorpusFixer fixer(boolean dryRun) {
        return new CorpusFixer(config.config(), new FixOptions(Set.of(), dryRun),
                rules.factories());
    }

    private void checkFindings(LintResult result) {
        Set<String> invalidInput = new TreeSet<>();
        Map<String, Integer> linkedFindings = new TreeMap<>();
        findings = result.findings().size();
        for (Finding finding : result.findings()) {
            String path = finding.path();
            if (finding.ruleId().equals("rule-failure")) {
                problems.add("rule failure on " + printable(path) + ", a "
                        + corpus.shapeOf(path) + ": " + printable(finding.message()));
            }
            if (path.startsWith("/") || path.equals("..") || path.startsWith("../")
                    || path.contains("/../")) {
                problems.add("a finding names a path outside the corpus: " + printable(path));
            }
            if (finding.ruleId().equals("invalid-input")) {
                // A run of characters past maxTokenLength is reported, and the file still linted.
                if (!finding.message().endsWith("rest of the file linted")) {
                    invalidInput.add(path);
                }
                invalidInputs++;
            } else if (corpus.linksOutside.stream().anyMatch(link -> path.equals(link)
                    || path.startsWith(link + "/"))) {
                linkedFindings.merge(path, 1, Integer::sum);
            }
        }
        if (!linkedFindings.isEmpty()) {
            problems.add("files outside the corpus were linted through links (path: findings): "
                    + printable(linkedFindings.toString()));
        }
        if (!config.defaultSelection()) {
            return; // includes, excludes or a disabled invalid-input decide what is reported
        }
        corpus.documents.forEach((path, written) -> {
            // The default includes select *.txt only (.TXT, .txt.bak and "x.txt " are skipped).
            if (!path.endsWith(".txt")) {
                return;
            }
            if (written.input() == HostileDocuments.Input.UNLINTABLE
                    && !invalidInput.contains(path)) {
                problems.add("no invalid-input finding for " + printable(path) + ", a "
                        + corpus.shapeOf(path));
            }
            if (written.input() == HostileDocuments.Input.TEXT && invalidInput.contains(path)) {
                problems.add("readable text was not linted: " + printable(path) + ", a "
                        + corpus.shapeOf(path) + ": " + result.findings().stream()
                                .filter(f -> f.path().equals(path)
                                        && f.ruleId().equals("invalid-input"))
                                .map(f -> printable(f.message())).findFirst().orElse(""));
            }
        });
        List<String> unreported = corpus.linksOutside.stream().filter(link -> invalidInput
                .stream().noneMatch(p -> p.equals(link) || p.startsWith(link + "/"))).toList();
        if (!unreported.isEmpty()) {
            problems.add("no invalid-input finding for the links out of the corpus "
                    + printable(unreported.toString()));
        }
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k)))
                .map(k -> (k.isEmpty() ? "the case folder itself" : printable(k)) + " ("
                        + (before.containsKey(k) ? "changed" : "added")
                        + (after.containsKey(k) ? "" : ", removed") + ")")
                .limit(10).collect(Collectors.joining(", "));
    }

    static String excerpt(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString().lines().limit(STACK_LINES).collect(Collectors.joining("\n"));
    }

    /** Control characters in generated names and texts shown as escapes, so reports stay legible. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        String clipped = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        clipped.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
