package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpuslint.document.Document;
import org.corpuslint.io.ByteArrayDataInput;
import org.corpuslint.text.LineKey;
import org.junit.jupiter.api.Test;

/**
 * The line counts of exact statistics, written, read, taken apart and put together again, and
 * worked out per line on first use, answer as a full pass over the same documents counts.
 */
class ExactLineCountsTest {

    private static final String[] CHROME = {"Advertisement", "Share this story",
        "Sign up for the morning briefing", "Photo: staff", "Related coverage"};
    private static final String[] OUTLETS = {"north", "south", "east"};
    private static final List<CorpusStatistic<?>> LINES = List.of(LineCounts.STATISTIC);

    private static Document document(Random random, int i) {
        StringBuilder text = new StringBuilder("Story " + random.nextInt(12) + "\n\n");
        for (int p = 0; p < 4; p++) {
            text.append(random.nextInt(3) == 0 ? CHROME[random.nextInt(CHROME.length)]
                    : "The ferry ran " + random.nextInt(6) + " times on day " + random.nextInt(4)
                            + ".").append("\n\n");
        }
        return new Document(OUTLETS[i % OUTLETS.length] + "/d" + i + ".txt", text.toString());
    }

    private static ExactStatistics roundTrip(ExactStatistics statistics) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        statistics.write(new DataOutputStream(bytes));
        return ExactStatistics.read(new ByteArrayDataInput(bytes.toByteArray()));
    }

    @Test
    void linesAnswerAsAFullPassAfterChangesInParts() throws IOException {
        Random random = new Random(21);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(document(random, i));
        }
        ExactStatistics empty = ExactStatistics.counting(LINES);
        ExactStatistics total = empty.emptyCopy();
        List<ExactStatistics> parts = new ArrayList<>();
        for (int part = 0; part < 6; part++) {
            ExactStatistics counted = empty.emptyCopy();
            for (int i = part; i < documents.size(); i += 6) {
                counted.add(documents.get(i));
            }
            parts.add(counted);
            total.merge(roundTrip(counted));
        }
        // Part 2 changes: half its documents rewritten, taken out and counted again.
        for (int i = 2; i < documents.size(); i += 12) {
            documents.set(i, document(random, i));
        }
        ExactStatistics again = empty.emptyCopy();
        for (int i = 2; i < documents.size(); i += 6) {
            again.add(documents.get(i));
        }
        StatisticChanges changes = new StatisticChanges();
        parts.get(2).collectChanges(again, changes);
        total = roundTrip(total);
        total.subtract(roundTrip(parts.get(2)));
        total.merge(again);
        CorpusProfile exact = roundTrip(total).toProfile(LINES);
        CorpusProfile full = new CorpusProfile(LINES);
        documents.forEach(full::add);

        List<String> lines = new ArrayList<>(List.of(CHROME));
        for (int n = 0; n < 6; n++) {
            for (int d = 0; d < 4; d++) {
                lines.add("The ferry ran " + n + " times on day " + d + ".");
            }
        }
        lines.add("A line no document holds");
        int moved = 0;
        for (String line : lines) {
            long key = LineKey.of(line);
            assertEquals(full.lineDocumentFrequency(key), exact.lineDocumentFrequency(key), line);
            assertEquals(full.lineStoryFrequency(key), exact.lineStoryFrequency(key), line);
            for (String outlet : OUTLETS) {
                assertEquals(full.lineDocumentFrequency(outlet, key),
                        exact.lineDocumentFrequency(outlet, key), outlet + ": " + line);
                assertEquals(full.lineStoryFrequency(outlet, key),
                        exact.lineStoryFrequency(outlet, key), outlet + ": " + line);
            }
            moved += changes.lineMoved(key) ? 1 : 0;
        }
        assertTrue(moved > 0 && moved < lines.size(), moved + " lines moved");
        assertTrue(full.lineDocumentFrequency(LineKey.of("Advertisement")) > 10);
    }
}
