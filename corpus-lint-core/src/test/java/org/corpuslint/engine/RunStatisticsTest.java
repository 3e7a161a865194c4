package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corpuslint.testkit.TempCorpus;
import org.corpuslint.text.WordRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents, words and findings per rule, by outlet and by month, over the whole corpus. */
class RunStatisticsTest {

    @TempDir
    java.nio.file.Path folder;

    @Test
    void countsByOutletFolderOrSourceFieldAndByMonthOfTheDate() {
        new TempCorpus(folder)
                .file("coast/one.txt", " date 2024-03-02\nThe ferry left at dawn.\n")
                .file("coast/two.txt", "No header at all here.\n")
                .file("hills/three.txt", " date 2024-04-09\nSnow fell early.\n")
                .file("feeds/all.jsonl",
                        "{\"id\":\"1\",\"source\":\"river-post\",\"date\":\"2024-03-20\","
                                + "\"text\":\"Water rose by a metre.\"}\n"
                                + "{\"id\":\"2\",\"text\":\"Undated record text.\"}\n"
                                + "broken line\n");
        LintConfig config = LintConfig.builder().threads(3)
                .ruleOption("missing-date", "referenceDate", "2026-01-01")
                .disableRule("typo").disableRule("boilerplate").build();
        LintResult result = new CorpusLinter(config).lintDirectory(folder);
        RunStatistics statistics = result.statistics();

        assertEquals(6, statistics.total().documents());
        assertEquals(5 + 5 + 3 + 5 + 3, statistics.total().words());
        assertEquals(Map.of("invalid-input", 1L, "missing-date", 2L),
                statistics.total().findingsByRule());
        assertEquals(1000.0 * 2 / 6, statistics.total().perThousandDocuments("missing-date"),
                1e-9);
        assertEquals(List.of("coast", "feeds", "hills", "river-post"),
                List.copyOf(statistics.byOutlet().keySet()));
        assertEquals(2, statistics.byOutlet().get("coast").documents());
        assertEquals(2, statistics.byOutlet().get("feeds").documents());
        assertEquals(2, statistics.byOutlet().get("feeds").findings());
        assertEquals(List.of("(undated)", "2024-03", "2024-04"),
                List.copyOf(statistics.byMonth().keySet()));
        assertEquals(2, statistics.byMonth().get("2024-03").documents());
        assertEquals(3, statistics.byMonth().get("(undated)").documents());
        assertEquals(3, statistics.byMonth().get("(undated)").findings());
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(7, WordRuns.count("It's 2024 — Zoë's café, 東京!"));
    }
}
