package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

class StoryKeyTest {

    private static final String LEAD = "Fishing boats stayed in the harbour on Friday as gales swept"
            + " across the northern isles for a third day.";
    private static final String SECOND = "Skippers said the lost days would cost the fleet more than"
            + " a week of landings at the height of the season.";

    private static long key(String path, String text) {
        return StoryKey.of(new Document(path, text));
    }

    @Test
    void copiesWithDifferentChromeAndTitleShareTheKey() {
        long plain = key("a/story.txt", "Gales keep boats in port\n\n" + LEAD + "\n\n" + SECOND
                + "\n");
        long dressed = key("b/story.txt", " date 2024-03-01\nMenu | Search | Sign in\n"
                + "Storm keeps fleet ashore\n\n" + LEAD + "\n\nShare this\n\n" + SECOND
                + "\n\nFollow us\n");
        assertEquals(plain, dressed);
        assertTrue(plain >= 0);
    }

    @Test
    void differentStoriesHaveDifferentKeys() {
        String other = "The island council approved a new school building on Thursday after two"
                + " years of debate about its cost.";
        assertNotEquals(key("a.txt", "Title\n\n" + LEAD + "\n\n" + SECOND + "\n"),
                key("a.txt", "Title\n\n" + other + "\n\n" + SECOND.replace("fleet", "council")
                        + "\n"));
    }

    @Test
    void aDocumentWithoutProseIsKeyedByItsWholeText() {
        assertEquals(key("a.txt", "Results\nHarbour 2 Quay 1\n"),
                key("b/c.txt", "Results\nHarbour 2 Quay 1\n"));
        assertNotEquals(key("a.txt", "Results\nHarbour 2 Quay 1\n"),
                key("a.txt", "Results\nHarbour 3 Quay 1\n"));
    }

    @Test
    void proseLinesAreLongAndEndAsSentencesEnd() {
        assertTrue(StoryKey.isProse(LEAD));
        assertTrue(!StoryKey.isProse("Share this story with your friends and family on every"
                + " network you use"));
        assertTrue(!StoryKey.isProse("Gales swept the isles."));
    }
}
