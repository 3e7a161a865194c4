package org.corpuslint.eval.typo;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpuslint.document.Document;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;
import org.corpuslint.eval.common.CleanCorpus;
import org.corpuslint.rules.typo.TypoRule;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Times the {@code typo} rule over a corpus (default news-dev) against LanguageTool's own check
 * with only its spelling rule enabled, over the same texts, in one JVM. Both timings include
 * start-up: ours from creating the linter (dictionaries load in the rule's prepare) to the last
 * finding; LanguageTool's from creating {@code JLanguageTool} to the last match. Ours runs first,
 * so it also pays the JVM's class loading and JIT warm-up: that favours LanguageTool. Both wall
 * clock and process CPU time are printed; on a shared machine the short first phase suffers
 * more from other jobs' load, so CPU time is the steadier measure.
 *
 * <p>Arguments: {@code [corpus folder] [threads]}; threads default to 1 for both, since
 * {@code JLanguageTool} is single-threaded. With {@code -Dtypo.benchmark.oursOnly=true} only our
 * side runs, and the CPU time of the JIT compilers is printed apart from the Java threads'.
 */
public final class TypoBenchmark {

    private TypoBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : CleanCorpus.locateOrExit();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Document> documents = CleanCorpus.load(root);

        OperatingSystemMXBean os = (OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        LintResult ours = new CorpusLinter(LintConfig.builder().threads(threads).build(),
                List.of(TypoRule::new)).lintDocuments(documents, null);
        double oursSeconds = (System.nanoTime() - start) / 1e9;
        double oursCpu = (os.getProcessCpuTime() - cpu) / 1e9;
        if (Boolean.getBoolean("typo.benchmark.oursOnly")) {
            // Our side alone, for comparing two versions run side by side: LanguageTool's side
            // does not change with ours and takes forty times as long.
            System.out.printf(Locale.ROOT, "corpus-lint typo: %.2f s wall, %.2f s CPU,"
                    + " %d findings; CPU by thread since the JVM started: %s%n", oursSeconds,
                    oursCpu, ours.findings().size(), ThreadCpu.byKind());
            return;
        }

        cpu = os.getProcessCpuTime();
        start = System.nanoTime();
        JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        List<String> others = new ArrayList<>();
        String spellingRule = null;
        for (Rule rule : languageTool.getAllRules()) {
            if (rule instanceof SpellingCheckRule && spellingRule == null) {
                spellingRule = rule.getId();
            } else {
                others.add(rule.getId());
            }
        }
        languageTool.disableRules(others);
        long matches = 0;
        for (Document document : documents) {
            List<RuleMatch> found = languageTool.check(document.text());
            matches += found.size();
        }
        double ltSeconds = (System.nanoTime() - start) / 1e9;
        double ltCpu = (os.getProcessCpuTime() - cpu) / 1e9;

        // Counted after both timings: a regex split over every text, compiled by the JIT while
        // the first timing ran, was charged to our side when counted before it.
        long words = documents.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "corpus: %s, %d documents, %d words%n", root,
                documents.size(), words);
        System.out.printf(Locale.ROOT, "corpus-lint typo:                      %8.2f s wall,"
                + " %8.2f s CPU, %d findings (%d thread%s)%n", oursSeconds, oursCpu,
                ours.findings().size(), threads, threads == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "LanguageTool %s only: %8.2f s wall, %8.2f s CPU,"
                + " %d matches%n", spellingRule, ltSeconds, ltCpu, matches);
        System.out.printf(Locale.ROOT, "speed-up: %.1fx wall clock, %.1fx CPU time%n",
                ltSeconds / oursSeconds, ltCpu / oursCpu);
    }
}
