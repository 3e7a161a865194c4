package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the lines of one document in their place and groups boilerplate lines into blocks.
 *
 * <p>Place: the title (the first line that no strong signal marks) is judged on its words
 * alone; lines before the first or after the last prose paragraph score higher. Blocks: lines
 * that reach the threshold are joined across blank lines; a line with some evidence next to a
 * block joins it (prose and photo credits never do), and after the last prose paragraph up
 * to {@value #MAX_GAP_LINES} short lines between two blocks join them (the thanks between two
 * donation appeals), unless one is a photo credit.
 */
final class BlockFinder {

    static final int MAX_GAP_LINES = 2;
    private static final int MAX_GAP_WORDS = 12;
    private static final int HEADLINE_WORDS = 5;

    private enum Level { NONE, WEAK, BOILERPLATE }

    private BlockFinder() {}

    /**
     * @param evidence evidence per line of the document, index 0 for line {@code first}
     * @param first the first body line (after a date header)
     */
    static List<Block> find(List<LineEvidence> evidence, int first) {
        return find(evidence, first, true, StoryWords.NONE);
    }

    /** Why a line that needed it is boilerplate: it shares no word with the story. */
    static final String OFF_STORY = "shares no word with the story";

    /**
     * @param linkLists whether lists of links found by their layout alone are reported (the
     *     {@code related} kind is enabled)
     */
    static List<Block> find(List<LineEvidence> lines, int first, boolean linkLists,
            StoryWords story) {
        return find(lines, first, linkLists, true, story);
    }

    /**
     * @param strayLines whether lines that only their place and being off the story mark are
     *     reported (the {@code stray} kind is enabled)
     */
    static List<Block> find(List<LineEvidence> lines, int first, boolean linkLists,
            boolean strayLines, StoryWords story) {
        List<LineEvidence> evidence = ProductOffers.quietStoreLines(lines);
        int n = evidence.size();
        int title = titleIndex(evidence);
        boolean[] offStory = new boolean[n];
        for (int i = 0; i < n; i++) {
            // Asked only where it can change the outcome, so most documents never gather the
            // story's words: a line that place cannot make boilerplate with it, or that is
            // boilerplate anywhere without it, does not need it (a reader appeal always does:
            // it joins a block only when off the story).
            LineEvidence e = evidence.get(i);
            boolean matters = e.kind() == BoilerplateKind.APPEAL
                    || e.score(i == title, true, true) >= LineEvidence.THRESHOLD
                            && e.score(i == title, false, false) < LineEvidence.THRESHOLD;
            offStory[i] = i != title && matters && story.offStory(i);
        }
        boolean[] prose = new boolean[n];
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            LineEvidence e = evidence.get(i);
            // Article prose: a sentence-shaped paragraph that is not boilerplate, and not a short
            // exclamation ("We made it through the year thanks to our readers!").
            if (e.shape() != null && e.shape().proseShaped() && !e.shape().exclaims()
                    && e.score(i == title, false, offStory[i]) < LineEvidence.THRESHOLD) {
                prose[i] = true;
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        Level[] levels = new Level[n];
        boolean[] neededOffStory = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean outside = firstProse >= 0 && (i < firstProse || i > lastProse);
            int score = evidence.get(i).score(i == title, outside, offStory[i]);
            neededOffStory[i] = offStory[i] && score == LineEvidence.THRESHOLD;
            // A photo credit next to a block is the photo's, not chrome that joins it; a line
            // that only speaks to the reader joins only when it is off the story too.
            levels[i] = score >= LineEvidence.THRESHOLD ? Level.BOILERPLATE
                    : score >= 1 && i != title && !prose[i] && !evidence.get(i).credit()
                            && (evidence.get(i).kind() != BoilerplateKind.APPEAL || offStory[i])
                            ? Level.WEAK
                    : Level.NONE;
        }
        LinkLists.Layout[] layouts = new LinkLists.Layout[n];
        java.util.Arrays.fill(layouts, LinkLists.Layout.NONE);
        if (linkLists) {
            boolean[] boilerplate = new boolean[n];
            for (int i = 0; i < n; i++) {
                boilerplate[i] = levels[i] == Level.BOILERPLATE;
            }
            layouts = LinkLists.find(evidence, boilerplate, prose, title);
            for (int i = 0; i < n; i++) {
                if (layouts[i] != LinkLists.Layout.NONE && i != title) {
                    levels[i] = Level.BOILERPLATE;
                } else {
                    layouts[i] = LinkLists.Layout.NONE;
                }
            }
        }
        StrayLines.Place[] places = new StrayLines.Place[n];
        java.util.Arrays.fill(places, StrayLines.Place.NONE);
        if (strayLines) {
            boolean[] boilerplate = new boolean[n];
            for (int i = 0; i < n; i++) {
                boilerplate[i] = levels[i] == Level.BOILERPLATE;
            }
            places = StrayLines.find(evidence, boilerplate, prose, title, lastProse, story);
            for (int i = 0; i < n; i++) {
                if (places[i] != StrayLines.Place.NONE) {
                    levels[i] = Level.BOILERPLATE;
                }
            }
        }
        List<int[]> runs = runs(evidence, levels);
        List<int[]> merged = mergeAcrossShortGaps(evidence, runs, title, lastProse);
        List<Block> blocks = new ArrayList<>(merged.size());
        for (int[] run : merged) {
            blocks.add(block(evidence, levels, layouts, places, neededOffStory, run[0], run[1],
                    first));
        }
        return blocks;
    }

    private static int titleIndex(List<LineEvidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            LineEvidence e = evidence.get(i);
            if (e.shape() == null) {
                continue;
            }
            // Chrome above the title: strong signals, or a short weak cue ("Open search").
            // A recurring line above the title is chrome when it is too short for a headline.
            int words = e.shape().words().size();
            boolean marked = e.strongLexicon() || e.copyright() || e.bareLink() || e.email()
                    || e.url() || e.repetition() == LineEvidence.Repetition.WIDE
                            && words < HEADLINE_WORDS
                    || e.shape().exclaims() || e.hasCue() && words < 4
                            && e.kind() != BoilerplateKind.APPEAL;
            if (!marked) {
                return i;
            }
        }
        return -1;
    }

    /** Maximal runs of boilerplate lines, with weak neighbours and blank lines between. */
    private static List<int[]> runs(List<LineEvidence> evidence, Level[] levels) {
        List<int[]> runs = new ArrayList<>();
        int n = levels.length;
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (levels[i] != Level.BOILERPLATE || taken[i]) {
                continue;
            }
            int start = i;
            int end = i;
            for (int j = i - 1; j >= 0; j--) {
                if (isBlank(evidence, j)) {
                    continue;
                }
                if (levels[j] == Level.NONE || taken[j]) {
                    break;
                }
                start = j;
            }
            for (int j = i + 1; j < n; j++) {
                if (isBlank(evidence, j)) {
                    continue;
                }
                if (levels[j] == Level.NONE) {
                    break;
                }
                end = j;
            }
            for (int j = start; j <= end; j++) {
                taken[j] = true;
            }
            runs.add(new int[] {start, end});
            i = end;
        }
        return runs;
    }

    /** Joins blocks after the last prose paragraph that only a few short lines separate. */
    private static List<int[]> mergeAcrossShortGaps(List<LineEvidence> evidence, List<int[]> runs,
            int title, int lastProse) {
        List<int[]> merged = new ArrayList<>();
        for (int[] run : runs) {
            if (!merged.isEmpty()) {
                int[] previous = merged.get(merged.size() - 1);
                if (previous[0] > lastProse
                        && shortGap(evidence, previous[1] + 1, run[0] - 1, title)) {
                    previous[1] = run[1];
                    continue;
                }
            }
            merged.add(new int[] {run[0], run[1]});
        }
        return merged;
    }

    private static boolean shortGap(List<LineEvidence> evidence, int from, int to, int title) {
        int lines = 0;
        for (int i = from; i <= to; i++) {
            if (isBlank(evidence, i)) {
                continue;
            }
            LineShape shape = evidence.get(i).shape();
            boolean prose = shape.proseShaped() && !shape.exclaims();
            if (i == title || prose || evidence.get(i).credit()
                    || shape.words().size() > MAX_GAP_WORDS
                    || ++lines > MAX_GAP_LINES) {
                return false;
            }
        }
        return true;
    }

    private static Block block(List<LineEvidence> evidence, Level[] levels,
            LinkLists.Layout[] layouts, StrayLines.Place[] places, boolean[] neededOffStory,
            int start, int end, int first) {
        Set<BoilerplateKind> kinds = new LinkedHashSet<>();
        Set<String> why = new LinkedHashSet<>();
        int lines = 0;
        for (int i = start; i <= end; i++) {
            if (isBlank(evidence, i)) {
                continue;
            }
            lines++;
            LineEvidence e = evidence.get(i);
            if (places[i] != StrayLines.Place.NONE) {
                kinds.add(e.kind() != null ? e.kind() : BoilerplateKind.STRAY);
                why.add(places[i].why);
            } else if (levels[i] == Level.BOILERPLATE && e.kind() != null
                    && layouts[i] == LinkLists.Layout.NONE) {
                kinds.add(e.kind());
                if (neededOffStory[i]) {
                    why.add(OFF_STORY);
                }
            } else if (layouts[i] != LinkLists.Layout.NONE) {
                kinds.add(BoilerplateKind.RELATED);
                why.add(layouts[i].why);
            }
        }
        return new Block(start + first, end + first, lines, List.copyOf(kinds), List.copyOf(why));
    }

    private static boolean isBlank(List<LineEvidence> evidence, int i) {
        return evidence.get(i).shape() == null;
    }
}
