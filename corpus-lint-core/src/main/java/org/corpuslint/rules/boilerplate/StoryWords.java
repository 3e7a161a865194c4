package org.corpuslint.rules.boilerplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a line shares any word with the story it stands in. A story's paragraphs, headings
 * and captions keep coming back to its names and its subject; a consent notice, a comment
 * policy or a subscription offer dropped between two of them talks about the site and the
 * reader, and shares none of the story's words. Off the story is one more sign that a line
 * with a cue is chrome, on any site and in any wording, so no phrase list is needed for it.
 *
 * <p>The story is every line that no signal marks, and every paragraph of third-person prose
 * that shares its words. Words are compared by their first
 * {@value #STEM} letters ({@code subscriber} and {@code subscription} are one, as are
 * {@code comment} and {@code comments}), so inflection never makes a line look off the story;
 * words of fewer than {@value #MIN_LETTERS} letters and common function words are left out.
 * The story's words are gathered only when a document first asks, so documents with no
 * candidate line cost nothing.
 */
final class StoryWords {

    static final int STEM = 5;
    static final int MIN_LETTERS = 4;

    /** A line may share one stem with the story for every this many of its own. */
    static final int WORDS_PER_SHARED = 8;

    /** A line judged against the paragraphs alone needs this many words that count. */
    static final int MIN_OWN_WORDS = 2;

    /** No document: no line is known to be off the story. */
    static final StoryWords NONE = new StoryWords(List.of(), List.of());

    /** Function words long enough to count, which any line may share with any story. */
    private static final Set<String> FUNCTION_WORDS = Set.of("that", "this", "with", "from",
            "have", "will", "your", "they", "them", "their", "there", "these", "those", "been",
            "were", "what", "when", "where", "which", "while", "more", "most", "also", "than",
            "then", "into", "some", "just", "over", "only", "such", "here", "very", "much",
            "many", "each", "other", "about", "after", "before", "again", "would", "could",
            "should", "being", "every", "still", "since", "under", "until", "through", "within",
            "without", "might", "does", "doing", "make", "made", "like", "even", "back",
            "well", "year", "years", "time", "today", "know", "want", "need", "take", "come",
            "good", "best", "first", "last", "next", "same", "both", "because", "ours", "yours");

    private final List<String> lines;
    private final List<LineEvidence> evidence;
    private Set<String> story;
    private Set<String> paragraphs;

    /**
     * @param lines the document's body lines, index 0 for the first
     * @param evidence each line's evidence, in the same order
     */
    StoryWords(List<String> lines, List<LineEvidence> evidence) {
        this.lines = lines;
        this.evidence = evidence;
    }

    /**
     * The line at {@code index} has at least one word that counts and, of every
     * {@value #WORDS_PER_SHARED} of them, at most one that the story's lines use; a line of
     * the story itself is never off it.
     */
    boolean offStory(int index) {
        if (index >= lines.size() || !counts(evidence.get(index), lines.get(index))) {
            return false;
        }
        Set<String> own = stems(lines.get(index));
        return !own.isEmpty() && fewShared(own, story());
    }

    /**
     * The line at {@code index}, which no phrase needs to mark, has at least
     * {@value #MIN_OWN_WORDS} words that count (one word alone, a name or a brand, says too
     * little) and, of every {@value #WORDS_PER_SHARED} of them, at most one that the story's
     * title and prose paragraphs use. Compared with the title and paragraphs alone, so that
     * chrome beside the line
     * (which may repeat its words: {@code Advertising}, {@code Advertise with us}) never makes
     * it look like the story.
     *
     * @param prose the lines that are the story's prose paragraphs
     * @param title the title's index, or -1
     */
    boolean offParagraphs(int index, boolean[] prose, int title) {
        if (index >= lines.size() || prose[index]) {
            return false;
        }
        Set<String> own = stems(lines.get(index));
        return own.size() >= MIN_OWN_WORDS && fewShared(own, paragraphs(prose, title));
    }

    /** The text of the line at {@code index}. */
    String line(int index) {
        return lines.get(index);
    }

    private Set<String> paragraphs(boolean[] prose, int title) {
        if (paragraphs == null) {
            paragraphs = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (prose[i] || i == title) {
                    paragraphs.addAll(stems(lines.get(i)));
                }
            }
        }
        return paragraphs;
    }

    /**
     * Whether being off the story says anything about the line. Not for a third-person
     * sentence, however short ({@code He declined to comment.}: a story moves to new words all
     * the time), a
     * headline-shaped line (a heading may open a new subject), a line that introduces what
     * follows (it is the text going on), a web or e-mail address (a name, not words), a photo
     * credit, or an offer with its price (a deals story's products are its subject). What is
     * left: short labels and buttons, and lines that speak to the reader or for the site.
     */
    private static boolean counts(LineEvidence e, String line) {
        LineShape shape = e.shape();
        if (shape == null || !e.hasCue() || shape.headline() || e.url() || e.email()
                || e.credit() || shape.introducesWhatFollows() || shape.endsWithEllipsis()) {
            return false;
        }
        boolean speaks = shape.addressesReader() || shape.siteVoice() || shape.callToAction();
        return (speaks || !shape.sentence() && !shape.endsWithStop())
                && !Prices.mentioned(line);
    }

    private Set<String> story() {
        if (story == null) {
            story = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                LineEvidence e = evidence.get(i);
                if (e.shape() != null && !e.hasCue()) {
                    story.addAll(stems(lines.get(i)));
                }
            }
            // A paragraph that mentions a lexicon word ("consent", "subscribers") is the
            // story's when it shares its words; a notice in prose form shares none.
            Set<String> mentions = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (mentionsCue(evidence.get(i))) {
                    Set<String> own = stems(lines.get(i));
                    if (!fewShared(own, story)) {
                        mentions.addAll(own);
                    }
                }
            }
            story.addAll(mentions);
        }
        return story;
    }

    /** A paragraph of third-person prose that a lexicon word or another cue marks. */
    private static boolean mentionsCue(LineEvidence e) {
        LineShape shape = e.shape();
        return shape != null && e.hasCue() && shape.proseShaped() && !shape.addressesReader()
                && !shape.siteVoice() && !shape.callToAction();
    }

    /** At most one of every {@value #WORDS_PER_SHARED} of {@code own} is in {@code story}. */
    private static boolean fewShared(Set<String> own, Set<String> story) {
        int shared = 0;
        for (String stem : own) {
            if (story.contains(stem)) {
                shared++;
            }
        }
        // A long notice may share one common word ("news") with any story; prose shares many.
        return shared <= own.size() / WORDS_PER_SHARED;
    }

    /** The stems of the words of {@code line} that count, without building word objects. */
    static Set<String> stems(String line) {
        Set<String> stems = new HashSet<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0, n = line.length(); i <= n; i++) {
            char c = i < n ? line.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
                // "reader's" is "reader"; the rest of the word is dropped with the apostrophe.
                add(stems, word);
                word.setLength(0);
                while (i + 1 < n && Character.isLetter(line.charAt(i + 1))) {
                    i++;
                }
            } else if (word.length() > 0) {
                add(stems, word);
                word.setLength(0);
            }
        }
        return stems;
    }

    private static void add(Set<String> stems, StringBuilder word) {
        if (word.length() >= MIN_LETTERS) {
            String whole = word.toString();
            if (!FUNCTION_WORDS.contains(whole)) {
                stems.add(whole.length() > STEM ? whole.substring(0, STEM) : whole);
            }
        }
    }
}
