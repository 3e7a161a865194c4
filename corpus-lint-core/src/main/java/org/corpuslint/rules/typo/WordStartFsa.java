package org.corpuslint.rules.typo;

import morfologik.fsa.FSA;

/**
 * A Morfologik automaton seen through a fixed start: while {@link #keepTo} is in force, a walk of
 * the arcs from the root follows only the path of the start's bytes, so that a search over every
 * word (Morfologik's {@code Speller.findReplacements}) visits only the words that begin with it.
 * A search's answer for each word it still visits depends only on that word's own path, so it
 * finds exactly the words of the whole search that begin with the start. Look-ups of a known
 * sequence ({@link #getArc}) see the whole automaton. One view per thread: it holds the start.
 */
final class WordStartFsa extends DelegatingFsa {

    /** The nodes on the start's path (the root first) and the one arc kept out of each. */
    private int[] nodes = new int[0];
    private int[] arcs = new int[0];

    WordStartFsa(FSA fsa) {
        super(fsa);
    }

    /** Keeps walks to the words that begin with {@code start} (bytes as the automaton spells them). */
    void keepTo(byte[] start) {
        int[] path = new int[start.length];
        int[] kept = new int[start.length];
        int node = fsa.getRootNode();
        int depth = 0;
        for (; depth < start.length; depth++) {
            path[depth] = node;
            int arc = fsa.getArc(node, start[depth]);
            kept[depth] = arc;
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                depth++;
                break;
            }
            node = fsa.getEndNode(arc);
        }
        nodes = java.util.Arrays.copyOf(path, depth);
        arcs = java.util.Arrays.copyOf(kept, depth);
    }

    /** Lets walks see every word again. */
    void keepAll() {
        nodes = new int[0];
        arcs = new int[0];
    }

    @Override
    public int getFirstArc(int node) {
        for (int k = 0; k < nodes.length; k++) {
            if (nodes[k] == node) {
                return arcs[k];
            }
        }
        return fsa.getFirstArc(node);
    }

    @Override
    public int getNextArc(int arc) {
        for (int kept : arcs) {
            if (kept == arc) {
                return 0;
            }
        }
        return fsa.getNextArc(arc);
    }
}
