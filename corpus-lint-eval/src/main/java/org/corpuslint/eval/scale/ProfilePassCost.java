package org.corpuslint.eval.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.profile.CorpusProfile;

/**
 * The CPU time of the profile pass alone (word counts, line counts and story keys, duplicate
 * signatures) over documents held in memory, on one thread: thread CPU time, so that the other
 * builds of a shared machine disturb it less than they disturb a whole check. Usage:
 * {@code ProfilePassCost <corpus folder of .txt files> [documents, default 3000] [rounds,
 * default 6]}; prints each round and the best. Run it with two class paths in turns to compare
 * two versions of the core.
 */
public final class ProfilePassCost {

    private ProfilePassCost() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        List<Document> documents = HeldDocuments.read(root, limit);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            CorpusProfile profile = new CorpusProfile();
            documents.forEach(profile::add);
            long spent = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, spent);
            System.out.printf("round %d: %.3f s CPU, %,d documents, %,d distinct words%n", round,
                    spent / 1e9, profile.documentCount(), profile.words().size());
        }
        System.out.printf("best of %d: %.3f s CPU%n", rounds, best / 1e9);
    }
}
