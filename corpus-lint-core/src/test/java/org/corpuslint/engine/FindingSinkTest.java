package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.corpuslint.model.Finding;
import org.corpuslint.testing.GeneratedCorpus;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose findings go to a sink hands each document's findings over and keeps none of
 * them: once the sink lets a finding go, nothing of the run holds it.
 */
class FindingSinkTest {

    @TempDir
    Path folder;

    @Test
    void aRunWithManyFindingsRetainsNoneOfThem() {
        TempCorpus corpus = new TempCorpus(folder);
        Map<String, String> documents = GeneratedCorpus.documents(600);
        documents.forEach(corpus::file);
        LintSession session = LintSession.open(corpus.root(),
                TestConfigs.fixedDay().threads(2).build());
        List<Finding> held = session.lintAll().findings();
        assertTrue(held.size() > documents.size(), "many findings: " + held.size());

        AtomicLong seen = new AtomicLong();
        List<WeakReference<Finding>> handedOver = new ArrayList<>();
        RunSummary summary = session.lintAll(RunObserver.NONE, (document, findings) -> {
            seen.addAndGet(findings.size());
            synchronized (handedOver) {
                findings.forEach(f -> handedOver.add(new WeakReference<>(f)));
            }
        });
        assertEquals(held.size(), seen.get());
        assertEquals(held.size(), summary.statistics().total().findings());
        assertEquals(documents.size(), summary.documentCount());
        assertEquals(0, stillHeld(handedOver), "findings the run still holds");
    }

    @Test
    void eachDocumentsFindingsArriveInReportOrder() {
        TempCorpus corpus = new TempCorpus(folder);
        GeneratedCorpus.documents(40).forEach(corpus::file);
        LintSession session = LintSession.open(corpus.root(),
                TestConfigs.fixedDay().threads(2).build());
        List<Finding> all = new ArrayList<>();
        session.lintAll(RunObserver.NONE, (document, findings) -> {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Finding.REPORT_ORDER);
            assertEquals(sorted, findings);
            assertTrue(findings.stream().allMatch(f -> f.path().equals(document.path())));
            synchronized (all) {
                all.addAll(findings);
            }
        });
        all.sort(Finding.REPORT_ORDER);
        assertEquals(session.lintAll().findings(), all);
    }

    @Test
    void theRunMeasuresEachRulesCpuTime() {
        TempCorpus corpus = new TempCorpus(folder);
        GeneratedCorpus.documents(30).forEach(corpus::file);
        LintSession session = LintSession.open(corpus.root(), TestConfigs.fixedDay().build());
        RunStatistics statistics = session.lintAll().statistics();
        assertTrue(statistics.ruleCpuNanos().containsKey("typo"), statistics.ruleCpuNanos()
                .toString());
        double shares = statistics.ruleCpuShares().values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, shares, 1e-9);
    }

    /** How many of {@code refs} survive collections; 0 once the run let them all go. */
    static long stillHeld(List<WeakReference<Finding>> refs) {
        long alive = refs.size();
        for (int attempt = 0; attempt < 10 && alive > 0; attempt++) {
            System.gc();
            alive = refs.stream().filter(r -> r.get() != null).count();
        }
        return alive;
    }
}
