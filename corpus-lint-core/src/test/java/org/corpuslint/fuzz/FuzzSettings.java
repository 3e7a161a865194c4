package org.corpuslint.fuzz;

import java.time.Duration;

/**
 * The size of a fuzz run, from system properties so that a failure can be replayed and a longer
 * run made at will: {@code -Dfuzz.seed=…} (fixed by default), {@code -Dfuzz.documents=…} (at
 * least 10,000 by default), {@code -Dfuzz.perCorpus=…}, {@code -Dfuzz.budgetSeconds=…} (per
 * corpus) and {@code -Dfuzz.case=…} (run one corpus only, as a failure message names it).
 */
record FuzzSettings(long seed, int documents, int perCorpus, Duration budget, int onlyCase) {

    static final long DEFAULT_SEED = 20_261_203L;
    static final int DEFAULT_DOCUMENTS = 10_000;

    static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(
                Long.getLong("fuzz.seed", DEFAULT_SEED),
                Integer.getInteger("fuzz.documents", DEFAULT_DOCUMENTS),
                Integer.getInteger("fuzz.perCorpus", 100),
                Duration.ofSeconds(Integer.getInteger("fuzz.budgetSeconds", 15)),
                Integer.getInteger("fuzz.case", -1));
    }

    int corpora() {
        return (documents + perCorpus - 1) / perCorpus;
    }

    boolean runs(int caseIndex) {
        return onlyCase < 0 || onlyCase == caseIndex;
    }

    /** The seed of one corpus: cases stay reproducible one by one. */
    long caseSeed(String category, int caseIndex) {
        return seed * 1_000_003L + category.hashCode() * 31L + caseIndex;
    }

    String replay(String test, int caseIndex) {
        return "replay: -Dtest=HostileInputFuzzTest#" + test + " -Dfuzz.seed=" + seed
                + " -Dfuzz.documents=" + documents + " -Dfuzz.perCorpus=" + perCorpus
                + " -Dfuzz.case=" + caseIndex;
    }
}
