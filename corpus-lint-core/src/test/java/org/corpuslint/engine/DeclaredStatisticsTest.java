package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.LineCounts;
import org.corpuslint.profile.WordCounts;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine counts the corpus statistics the running rules declare, and no other. */
class DeclaredStatisticsTest {

    private static List<String> countedWith(Path dir, LintConfig.Builder config) {
        CorpusProfile profile = LintSession.open(dir, config.build()).profile();
        List<String> counted = new ArrayList<>();
        if (profile.counts(WordCounts.STATISTIC)) {
            counted.add("words");
        }
        if (profile.counts(LineCounts.STATISTIC)) {
            counted.add("lines");
        }
        counted.add(profile.documentCount() + " documents");
        return counted;
    }

    @Test
    void allRulesOnCountsEveryStatistic(@TempDir Path dir) {
        new TempCorpus(dir).file("a.txt", "Harbour Master Lee spoke.\n");
        assertEquals(List.of("words", "lines", "1 documents"),
                countedWith(dir, LintConfig.builder()));
    }

    @Test
    void aDisabledRulesStatisticIsNotCounted(@TempDir Path dir) {
        new TempCorpus(dir).file("a.txt", "Harbour Master Lee spoke.\n");
        assertEquals(List.of("lines", "1 documents"),
                countedWith(dir, LintConfig.builder().disableRule("typo")));
        assertEquals(List.of("1 documents"), countedWith(dir,
                LintConfig.builder().disableRule("typo").disableRule("boilerplate")));
    }
}
