package org.corpuslint.eval.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.text.language.ForeignRun;

/**
 * The CPU time of the shared foreign-paragraph analysis alone ({@link
 * DocumentAnalyses#NOT_ENGLISH}: paragraphs, the function-word test, the language identifier)
 * over documents held in memory and already tokenised, on one thread: thread CPU time, so that
 * the other work of a shared machine disturbs it less than it disturbs a whole check. Usage:
 * {@code ForeignRunsCost <corpus folder of .txt files> [documents, default 3000] [rounds,
 * default 6]}; prints each round, the runs found (to compare two versions' answers) and the
 * best. Run it with two class paths in turns to compare two versions of the core.
 */
public final class ForeignRunsCost {

    private ForeignRunsCost() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        List<DocumentAnalyses> documents = HeldDocuments.read(root, limit).stream()
                .map(DocumentAnalyses::new).toList();
        documents.forEach(d -> d.get(DocumentAnalyses.WORD_TOKENS)); // tokenised beforehand
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int runs = 0;
            long digest = 0;
            for (DocumentAnalyses document : documents) {
                for (ForeignRun run : DocumentAnalyses.NOT_ENGLISH.compute(document)) {
                    runs++;
                    digest = digest * 31 + run.hashCode();
                }
            }
            long spent = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, spent);
            System.out.printf("round %d: %.3f s CPU, %,d documents, %,d runs (digest %x)%n",
                    round, spent / 1e9, documents.size(), runs, digest);
        }
        System.out.printf("best of %d: %.3f s CPU%n", rounds, best / 1e9);
    }
}
