package org.corpuslint.profile;

/**
 * How often one line recurs: in how many documents, and in how many distinct stories (see
 * {@link StoryKey}). Stories are kept as the {@value #KEPT_STORIES} smallest distinct story
 * keys (a bottom-k sketch): the count is exact up to that many and estimated beyond, memory per
 * line stays bounded, and merging two counts gives the same result as counting all documents
 * in one pass, whatever the split.
 */
final class LineRecurrence implements java.io.Serializable {

    /** 2: story keys are kept as {@link #sketchKey}s. */
    private static final long serialVersionUID = 2L;

    /** Story keys kept per line; counts up to this are exact. */
    static final int KEPT_STORIES = 64;
    /** The range of {@link #sketchKey}. */
    private static final double KEY_RANGE = 0x1p31;

    private int documents;
    private int[] stories = new int[1];
    private int size;

    /**
     * The part of a 63-bit {@link StoryKey} the sketch keeps: its top 31 bits. Half the memory
     * of the whole key, and still exact below {@value #KEPT_STORIES} stories but for a collision
     * of about one in ten million, and the estimate beyond is as good up to hundreds of
     * millions of stories.
     */
    static int sketchKey(long storyKey) {
        return (int) (storyKey >>> 32);
    }

    /** One more document, telling the story {@code storyKey}, holds the line. */
    void add(long storyKey) {
        documents++;
        addStory(sketchKey(storyKey));
    }

    /** {@code copies} documents telling one story hold the line (for {@link ExactStatistics}). */
    void addCopies(long storyKey, int copies) {
        documents += copies;
        addStory(sketchKey(storyKey));
    }

    void merge(LineRecurrence other) {
        documents += other.documents;
        for (int i = 0; i < other.size; i++) {
            addStory(other.stories[i]);
        }
    }

    int documents() {
        return documents;
    }

    /**
     * Distinct stories holding the line: exact below {@value #KEPT_STORIES}, beyond that the
     * k-minimum-values estimate (about 13% standard error), never more than the documents.
     */
    int stories() {
        return size < KEPT_STORIES ? size : estimatedStories(documents, stories[KEPT_STORIES - 1]);
    }

    /**
     * The distinct stories of a line held by {@code documents} documents whose
     * {@value #KEPT_STORIES} smallest {@link #sketchKey}s end with {@code largestKept}.
     */
    static int estimatedStories(int documents, int largestKept) {
        double fraction = largestKept / KEY_RANGE;
        long estimate = Math.round((KEPT_STORIES - 1) / Math.max(fraction, 1e-18));
        return (int) Math.min(documents, Math.max(KEPT_STORIES, estimate));
    }

    /** Keeps the key when it is among the smallest {@value #KEPT_STORIES} distinct ones. */
    private void addStory(int key) {
        int insert = SmallestKeys.insertionPoint(stories, size, key, KEPT_STORIES);
        if (insert < 0) {
            return;
        }
        stories = SmallestKeys.withRoom(stories, size, KEPT_STORIES);
        size = SmallestKeys.insert(stories, size, key, insert, KEPT_STORIES);
    }
}
