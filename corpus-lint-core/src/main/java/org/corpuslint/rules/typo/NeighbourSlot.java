package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.text.WordTokenizer;

/**
 * The part of speech a word's place demands, read from the closed-class words right beside it
 * in the article's own text: after a determiner, a possessive or a number stands a noun or an
 * adjective ({@code last wek}, {@code the four hom nations}); after a modal, or between
 * {@code and}/{@code to} and an article, a verb ({@code and giv a}). Any other place says
 * nothing. The tagger's readings of a candidate tell whether it can fill the place.
 */
enum NeighbourSlot {
    /** After a determiner: a noun or an adjective (or a participle used as one). */
    NOMINAL,
    /** After a modal, or before an article after {@code and}/{@code to}: a verb. */
    VERBAL;

    /** Words after which only a noun phrase goes on; ambiguous ones (that, her) are left out. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these",
            "those", "my", "your", "his", "its", "our", "their", "every", "each", "last",
            "next", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten");
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "shall",
            "should", "may", "might", "must");
    private static final Set<String> BEFORE_VERB_AND_OBJECT = Set.of("and", "to");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** The place of the word at {@code start}..{@code end} of {@code text}, if its neighbours decide it. */
    static Optional<NeighbourSlot> of(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r') {
            return Optional.empty(); // a line cut off mid-word (for a str): a fragment, no slip
        }
        String previous = wordBefore(text, start);
        if (DETERMINERS.contains(previous) || afterPossessive(text, start)) {
            return Optional.of(NOMINAL);
        }
        if (MODALS.contains(previous) || (BEFORE_VERB_AND_OBJECT.contains(previous)
                && ARTICLES.contains(wordAfter(text, end)))) {
            return Optional.of(VERBAL);
        }
        return Optional.empty();
    }

    /**
     * True when the word at {@code start} follows a possessive ({@code her boyfriend's hom},
     * {@code the players' hom}): a possessive is a determiner, a noun phrase goes on after it.
     * Not after a pronoun's or an adverb's contraction ({@code it's}, {@code there's}), which
     * is a verb.
     */
    static boolean afterPossessive(String text, int start) {
        int space = start - 1;
        if (space < 3 || text.charAt(space) != ' ') {
            return false;
        }
        char last = text.charAt(space - 1);
        char beforeLast = text.charAt(space - 2);
        int ownerEnd;
        if ((last == 's' || last == 'S') && WordTokenizer.isApostrophe(beforeLast)) {
            ownerEnd = space - 2; // the boy's
        } else if (WordTokenizer.isApostrophe(last) && (beforeLast == 's' || beforeLast == 'S')) {
            ownerEnd = space - 1; // the boys'
        } else {
            return false;
        }
        int begin = ownerEnd;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String owner = text.substring(begin, ownerEnd).toLowerCase(Locale.ROOT);
        return owner.length() >= 2 && !CONTRACTED.contains(owner);
    }

    /** Words whose 's is a verb (is, has, us), not a possessive. */
    private static final Set<String> CONTRACTED = Set.of("it", "he", "she", "that", "there",
            "here", "what", "who", "where", "when", "why", "how", "let", "this", "everyone",
            "everything", "nobody", "nothing", "somebody", "someone", "something", "one");

    /**
     * True when {@code reading} is only ever a determiner ({@code the}, {@code an}) and the
     * word after {@code end} in {@code text} cannot open the noun phrase a determiner needs:
     * {@code to} or {@code of}, or a mark that ends the phrase ({@code helping thme to}: them,
     * not the).
     */
    static boolean determinerRuledOut(String reading, String text, int end) {
        boolean phraseEnds = end < text.length() && ",.;:!?)".indexOf(text.charAt(end)) >= 0;
        String next = phraseEnds ? "" : wordAfter(text, end);
        if (!phraseEnds && !next.equals("to") && !next.equals("of")) {
            return false;
        }
        List<Morphology.Reading> readings = Morphology.readings(reading);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().equals("DT"));
    }

    /** True when the tagger reads {@code word} as a part of speech this place takes. */
    boolean fits(String word) {
        return fits(Morphology.readings(word));
    }

    /**
     * True when some reading fills this place. A word the tagger does not know fits nowhere
     * decided: it cannot be shown to fit.
     */
    boolean fits(List<Morphology.Reading> readings) {
        for (Morphology.Reading r : readings) {
            String tag = r.tag();
            boolean fit = this == NOMINAL
                    ? tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG")
                            || tag.equals("VBN") || tag.equals("CD")
                    : tag.equals("VB") || tag.equals("VBP");
            if (fit) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased word ending one space before {@code start}, or "" if none is there. */
    private static String wordBefore(String text, int start) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return "";
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word starting one space after {@code end}, or "" if none is there. */
    private static String wordAfter(String text, int end) {
        int begin = end + 1;
        if (begin >= text.length() || text.charAt(end) != ' ') {
            return "";
        }
        int stop = begin;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        boolean wordEnds = stop == text.length() || !Character.isLetterOrDigit(text.charAt(stop));
        return wordEnds ? text.substring(begin, stop).toLowerCase(Locale.ROOT) : "";
    }
}
