package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.document.Document;
import org.corpuslint.text.LineKey;
import org.corpuslint.testing.GeneratedCorpus;
import org.junit.jupiter.api.Test;

class CorpusProfileTest {

    private static List<Document> generated() {
        List<Document> documents = new ArrayList<>();
        GeneratedCorpus.documents(50).forEach((path, text) -> documents.add(new Document(path, text)));
        return documents;
    }

    private static CorpusProfile onePass(List<Document> documents) {
        CorpusProfile profile = new CorpusProfile();
        documents.forEach(profile::add);
        return profile;
    }

    /**
     * Everything a profile can be asked, as one comparable map: word and pair statistics, and
     * the document and story frequency of every line of {@code documents} overall and per outlet.
     */
    private static Map<String, String> contents(CorpusProfile profile, List<Document> documents) {
        Map<String, String> all = new TreeMap<>();
        all.put("documents", Integer.toString(profile.documentCount()));
        profile.words().forEach((w, s) -> all.put("word " + w, s.occurrences() + "/" + s.documents()));
        profile.capitalizedPairs().forEach(
                (p, s) -> all.put("pair " + p, s.occurrences() + "/" + s.documents()));
        for (Document document : documents) {
            all.put("outlet '" + document.outlet() + "'",
                    Integer.toString(profile.outletDocumentCount(document.outlet())));
            for (int line = 1; line <= document.lineCount(); line++) {
                String text = document.line(line);
                long key = LineKey.of(text);
                all.put("line " + text, profile.lineDocumentFrequency(key) + "/"
                        + profile.lineStoryFrequency(key));
                all.put("line " + document.outlet() + ": " + text,
                        profile.lineDocumentFrequency(document.outlet(), key) + "/"
                                + profile.lineStoryFrequency(document.outlet(), key));
            }
        }
        return all;
    }

    @Test
    void profileBuiltInPartsAndMergedEqualsTheOnePassProfile() {
        List<Document> documents = generated();
        Map<String, String> expected = contents(onePass(documents), documents);

        CorpusProfile first = onePass(documents.subList(0, 17));
        CorpusProfile second = onePass(documents.subList(17, 33));
        CorpusProfile third = onePass(documents.subList(33, 50));
        assertEquals(expected, contents(new CorpusProfile().merge(first).merge(second).merge(third),
                documents));
        // Merging is a sum, so the order of the parts does not matter either.
        assertEquals(expected, contents(onePass(documents.subList(33, 50))
                .merge(onePass(documents.subList(0, 17)))
                .merge(onePass(documents.subList(17, 33))), documents));
    }

    /** Worker parts share the line counts, counted from two threads at once, and merge once. */
    @Test
    void workerPartsCountedConcurrentlyAndMergedEqualTheOnePassProfile() throws Exception {
        List<Document> documents = generated();
        Map<String, String> expected = contents(onePass(documents), documents);
        java.util.function.Supplier<CorpusProfile> parts =
                CorpusProfile.workerParts(CorpusProfile.ALL_STATISTICS);
        CorpusProfile first = parts.get();
        CorpusProfile second = parts.get();
        Thread other = new Thread(() -> documents.subList(25, 50).forEach(second::add));
        other.start();
        documents.subList(0, 25).forEach(first::add);
        other.join();

        assertEquals(expected, contents(first.merge(second), documents));
    }

    @Test
    void duplicateClustersAreFoundOncePerThresholdAndForgottenWhenDocumentsAreAdded() {
        List<Document> documents = generated();
        CorpusProfile profile = onePass(documents);
        DuplicateClusters clusters = profile.duplicateClusters(0.75);
        assertSame(clusters, profile.duplicateClusters(0.75));
        assertNotSame(clusters, profile.duplicateClusters(0.9));

        DuplicateClusters supplied = DuplicateClusters.of(List.of());
        profile.supplyDuplicateClusters(0.75, supplied);
        assertSame(supplied, profile.duplicateClusters(0.75));
        profile.add(documents.get(0));
        assertNotSame(supplied, profile.duplicateClusters(0.75));
        profile.supplyDuplicateClusters(0.75, supplied);
        profile.merge(new CorpusProfile());
        assertNotSame(supplied, profile.duplicateClusters(0.75));
    }

    @Test
    void mergingAnEmptyProfileChangesNothing() {
        List<Document> documents = generated();
        Map<String, String> expected = contents(onePass(documents), documents);
        assertEquals(expected, contents(onePass(documents).merge(new CorpusProfile()), documents));
    }

    @Test
    void statisticsOfASmallCorpus() {
        CorpusProfile profile = onePass(List.of(
                new Document("a.txt", "Harbour Master Lee spoke.\nShare this\n"),
                new Document("coast/b.txt", "Harbour Master Lee left. Harbour closed.\nShare this\n"),
                new Document("coast/c.txt", "share   THIS\nNo harbour today\n")));
        assertEquals(3, profile.documentCount());
        assertEquals(3, profile.occurrences("Harbour"));
        assertEquals(2, profile.documentFrequency("Harbour"));
        assertEquals(1, profile.occurrences("harbour"));
        assertEquals(0, profile.occurrences("HARBOUR"));
        assertEquals(2, profile.pairOccurrences("Harbour", "Master"));
        assertEquals(2, profile.capitalizedPairs().get("Master Lee").documents());
        assertEquals(0, profile.pairOccurrences("Lee", "spoke"));
        // "left. Harbour" is not a pair: a full stop stands between the words.
        assertEquals(0, profile.pairOccurrences("left", "Harbour"));
        assertEquals(3, profile.lineDocumentFrequency("Share this"));
        assertEquals(2, profile.lineDocumentFrequency("coast", "Share this"));
        assertEquals(1, profile.lineDocumentFrequency("", "  share this "));
        assertEquals(2, profile.outletDocumentCount("coast"));
        assertEquals(1, profile.outletDocumentCount(""));
    }

    @Test
    void copiesOfOneStoryCountOnceAsStoriesButEachAsDocuments() {
        String story = "Harbour crews repaired the north wall of the old quay over the weekend.\n\n"
                + "The ferry company said sailings would resume on Tuesday morning as planned.\n";
        CorpusProfile profile = onePass(List.of(
                new Document("east/a.txt", "Quay reopens\n\n" + story + "Share this\n"),
                new Document("west/a.txt", "Old quay open again\n\n" + story + "Share this\n"),
                new Document("west/b.txt", "Snow closes the mountain pass for a second day running.\n"
                        + "Share this\n")));
        assertEquals(3, profile.lineDocumentFrequency("Share this"));
        assertEquals(2, profile.lineStoryFrequency("Share this"));
        assertEquals(2, profile.lineStoryFrequency("west", LineKey.of("Share this")));
        assertEquals(2, profile.lineDocumentFrequency(LineKey.of(
                "The ferry company said sailings would resume on Tuesday morning as planned.")));
        assertEquals(1, profile.lineStoryFrequency(
                "The ferry company said sailings would resume on Tuesday morning as planned."));
    }

    @Test
    void aProfileCountsOnlyTheStatisticsItIsGiven() {
        Document document = new Document("coast/a.txt", "Harbour Master Lee spoke.\nShare this\n");
        CorpusProfile lines = new CorpusProfile(List.of(LineCounts.STATISTIC));
        lines.add(document);

        assertTrue(lines.counts(LineCounts.STATISTIC));
        assertFalse(lines.counts(WordCounts.STATISTIC));
        assertEquals(1, lines.lineDocumentFrequency("coast", "Share this"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> lines.occurrences("Harbour"));
        assertEquals("the corpus statistic 'word counts' was not counted: declare it in the"
                + " rule's metadata", e.getMessage());
    }

    @Test
    void partsCountingOneDeclaredStatisticMergeToTheOnePassProfile() {
        List<Document> documents = generated();
        List<CorpusStatistic<?>> declared = List.of(LineCounts.STATISTIC);
        CorpusProfile whole = new CorpusProfile(declared);
        documents.forEach(whole::add);
        CorpusProfile first = new CorpusProfile(declared);
        documents.subList(0, 21).forEach(first::add);
        CorpusProfile second = new CorpusProfile(declared);
        documents.subList(21, 50).forEach(second::add);

        CorpusProfile merged = new CorpusProfile(declared).merge(second).merge(first);

        assertEquals(lineContents(whole, documents), lineContents(merged, documents));
        assertEquals(whole.documentCount(), merged.documentCount());
    }

    @Test
    void profilesCountingDifferentStatisticsDoNotMerge() {
        CorpusProfile lines = new CorpusProfile(List.of(LineCounts.STATISTIC));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lines.merge(new CorpusProfile()));
        assertEquals("cannot merge profiles counting different statistics: [line recurrence]"
                + " and [word counts, line recurrence, duplicate signatures, word pair counts]",
                e.getMessage());
    }

    private static Map<String, String> lineContents(CorpusProfile profile,
            List<Document> documents) {
        Map<String, String> all = new TreeMap<>();
        for (Document document : documents) {
            for (int line = 1; line <= document.lineCount(); line++) {
                long key = LineKey.of(document.line(line));
                all.put(document.outlet() + ": " + document.line(line),
                        profile.lineDocumentFrequency(key) + "/" + profile.lineStoryFrequency(key)
                                + " " + profile.lineDocumentFrequency(document.outlet(), key) + "/"
                                + profile.lineStoryFrequency(document.outlet(), key));
            }
        }
        return all;
    }
}
