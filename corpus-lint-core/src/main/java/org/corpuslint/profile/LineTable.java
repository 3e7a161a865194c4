package org.corpuslint.profile;

/**
 * How often each line recurs ({@link LineRecurrence}'s counts) in primitive columns of an
 * open-addressing table instead of a {@code HashMap<Long, LineRecurrence>}: a line's key, its
 * documents and its first story sit in arrays, and only a line told by two stories or more has
 * an array of story keys (the {@value LineRecurrence#KEPT_STORIES} smallest, kept as
 * {@link LineRecurrence} keeps them, so the counts are the same). Some 40 bytes a line instead
 * of about 100, and most lines of a real corpus occur once. Story keys are kept as their
 * 31-bit {@link LineRecurrence#sketchKey}s: half the memory of the lines many stories tell.
 */
final class LineTable implements java.io.Serializable {

    /** 2: story keys are {@link LineRecurrence#sketchKey}s. */
    private static final long serialVersionUID = 2L;
    private static final int KEPT = LineRecurrence.KEPT_STORIES;

    private long[] keys = new long[16];
    /** Documents holding the line; 0 marks an empty slot. */
    private int[] documents = new int[16];
    /** Distinct story keys kept. */
    private int[] storyCounts = new int[16];
    /** The story's {@link LineRecurrence#sketchKey} when there is one; unused otherwise. */
    private int[] firstStories = new int[16];
    /** The sorted sketch keys when there are two or more, else {@code null}. */
    private int[][] moreStories = new int[16][];
    private int size;

    /** One more document, telling the story {@code story}, holds the line {@code key}. */
    void add(long key, long story) {
        int slot = slotFor(key);
        documents[slot]++;
        addStory(slot, LineRecurrence.sketchKey(story));
    }

    /** Adds every count of {@code other}, as {@link LineRecurrence#merge} does. */
    void merge(LineTable other) {
        for (int from = 0; from < other.keys.length; from++) {
            if (other.documents[from] == 0) {
                continue;
            }
            int slot = slotFor(other.keys[from]);
            documents[slot] += other.documents[from];
            if (other.moreStories[from] == null) {
                addStory(slot, other.firstStories[from]);
            } else {
                for (int i = 0; i < other.storyCounts[from]; i++) {
                    addStory(slot, other.moreStories[from][i]);
                }
            }
        }
    }

    /** Number of lines. */
    int size() {
        return size;
    }

    /** Documents holding the line {@code key}; 0 when none. */
    int documents(long key) {
        int slot = find(key);
        return slot < 0 ? 0 : documents[slot];
    }

    /** {@link LineRecurrence#stories()} of the line {@code key}; 0 when no document holds it. */
    int stories(long key) {
        int slot = find(key);
        if (slot < 0) {
            return 0;
        }
        int count = storyCounts[slot];
        return count < KEPT ? count
                : LineRecurrence.estimatedStories(documents[slot], moreStories[slot][KEPT - 1]);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) StoryKey.mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (documents[slot] == 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return slot;
            }
        }
    }

    /** The slot of {@code key}, taken for it when it is new. */
    private int slotFor(long key) {
        int slot = find(key);
        if (slot >= 0) {
            return slot;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        slot = (int) StoryKey.mix(key) & mask;
        while (documents[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        size++;
        return slot; // documents[slot] is 0 until the caller counts the first
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldDocuments = documents;
        int[] oldCounts = storyCounts;
        int[] oldFirst = firstStories;
        int[][] oldMore = moreStories;
        int capacity = keys.length * 2;
        keys = new long[capacity];
        documents = new int[capacity];
        storyCounts = new int[capacity];
        firstStories = new int[capacity];
        moreStories = new int[capacity][];
        int mask = capacity - 1;
        for (int from = 0; from < oldKeys.length; from++) {
            if (oldDocuments[from] == 0) {
                continue;
            }
            int slot = (int) StoryKey.mix(oldKeys[from]) & mask;
            while (documents[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[from];
            documents[slot] = oldDocuments[from];
            storyCounts[slot] = oldCounts[from];
            firstStories[slot] = oldFirst[from];
            moreStories[slot] = oldMore[from];
        }
    }

    /** Keeps {@code story} when it is among the smallest {@value #KEPT} distinct ones. */
    private void addStory(int slot, int story) {
        int count = storyCounts[slot];
        if (count == 0) {
            firstStories[slot] = story;
            storyCounts[slot] = 1;
            return;
        }
        int[] stories = moreStories[slot];
        if (stories == null) {
            int first = firstStories[slot];
            if (story == first) {
                return;
            }
            moreStories[slot] = story < first ? new int[] {story, first}
                    : new int[] {first, story};
            storyCounts[slot] = 2;
            return;
        }
        int insert = SmallestKeys.insertionPoint(stories, count, story, KEPT);
        if (insert < 0) {
            return;
        }
        int[] room = SmallestKeys.withRoom(stories, count, KEPT);
        moreStories[slot] = room;
        storyCounts[slot] = SmallestKeys.insert(room, count, story, insert, KEPT);
    }
}
