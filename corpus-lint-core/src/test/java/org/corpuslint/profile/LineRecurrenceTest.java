package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineRecurrenceTest {

    private static long storyKey(Random random) {
        return random.nextLong() >>> 1;
    }

    @Test
    void countsDistinctStoriesExactlyUpToTheKeptNumber() {
        LineRecurrence recurrence = new LineRecurrence();
        Random random = new Random(3);
        for (int i = 0; i < LineRecurrence.KEPT_STORIES - 1; i++) {
            long story = storyKey(random);
            recurrence.add(story);
            recurrence.add(story); // a copy of the same story
        }
        assertEquals(2 * (LineRecurrence.KEPT_STORIES - 1), recurrence.documents());
        assertEquals(LineRecurrence.KEPT_STORIES - 1, recurrence.stories());
    }

    @Test
    void estimatesLargerCountsWithinAFewStandardErrors() {
        LineRecurrence recurrence = new LineRecurrence();
        Random random = new Random(11);
        for (int i = 0; i < 5000; i++) {
            long story = storyKey(random);
            recurrence.add(story);
            recurrence.add(story);
        }
        int estimate = recurrence.stories();
        assertTrue(estimate > 3500 && estimate < 6500, "estimate " + estimate);
    }

    @Test
    void mergedPartsCountAsOnePass() {
        Random random = new Random(5);
        long[] stories = new long[300];
        for (int i = 0; i < stories.length; i++) {
            stories[i] = storyKey(random);
        }
        LineRecurrence whole = new LineRecurrence();
        LineRecurrence first = new LineRecurrence();
        LineRecurrence second = new LineRecurrence();
        for (int i = 0; i < stories.length; i++) {
            whole.add(stories[i]);
            (i % 3 == 0 ? first : second).add(stories[i]);
            // Each part also holds copies of stories the other part has.
            (i % 3 == 0 ? second : first).add(stories[i]);
        }
        LineRecurrence merged = new LineRecurrence();
        merged.merge(second);
        merged.merge(first);
        assertEquals(whole.stories(), merged.stories());
        assertEquals(2 * whole.documents(), merged.documents());
    }
}
