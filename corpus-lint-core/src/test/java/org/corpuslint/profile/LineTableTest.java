package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive table counts every line as the map of {@link LineRecurrence}s counted it. */
class LineTableTest {

    @Test
    void countsAsLineRecurrenceDoesAddedAndMerged() {
        Random random = new Random(5);
        LineTable first = new LineTable();
        LineTable second = new LineTable();
        Map<Long, LineRecurrence> expected = new HashMap<>();
        Map<Long, LineRecurrence> firstOnly = new HashMap<>();
        long[] lines = new long[3_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = random.nextInt(10) == 0 ? i : random.nextLong(); // small keys collide
        }
        for (int n = 0; n < 60_000; n++) {
            // a few lines held by hundreds of stories, most by one or two
            long line = lines[random.nextInt(random.nextInt(8) == 0 ? 20 : lines.length)];
            long story = random.nextInt(3) == 0 ? line >>> 1 : random.nextLong() >>> 1;
            LineTable table = n % 2 == 0 ? first : second;
            table.add(line, story);
            expected.computeIfAbsent(line, k -> new LineRecurrence()).add(story);
            if (n % 2 == 0) {
                firstOnly.computeIfAbsent(line, k -> new LineRecurrence()).add(story);
            }
        }
        assertSameCounts(firstOnly, first);
        first.merge(second);
        assertSameCounts(expected, first);
        assertEquals(0, first.documents(Long.MIN_VALUE + 3));
        assertEquals(0, first.stories(Long.MIN_VALUE + 3));
    }

    private static void assertSameCounts(Map<Long, LineRecurrence> expected, LineTable table) {
        assertEquals(expected.size(), table.size());
        boolean[] estimated = {false};
        expected.forEach((line, recurrence) -> {
            assertEquals(recurrence.documents(), table.documents(line), "documents of " + line);
            assertEquals(recurrence.stories(), table.stories(line), "stories of " + line);
            estimated[0] |= recurrence.stories() > LineRecurrence.KEPT_STORIES;
        });
        assertEquals(true, estimated[0], "some line is held by more stories than are kept");
    }
}
