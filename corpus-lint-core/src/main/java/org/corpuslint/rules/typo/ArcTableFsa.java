package org.corpuslint.rules.typo;

import java.util.Arrays;
import morfologik.fsa.FSA;

/**
 * A Morfologik automaton whose arcs out of the root and out of the root's children are found in
 * a table by their label, the same arcs the automaton's own search finds. A compact automaton
 * ({@code CFSA2}) finds an arc by reading a node's arcs in turn, and the first two nodes of every
 * look-up are its widest: LanguageTool's English dictionaries have 77 arcs at the root in byte
 * order (a lower-case word's first letter is past the fiftieth) and about 25 at each child. Every
 * dictionary look-up and walk of the rule starts there. Deeper nodes, and every other question,
 * go to the automaton itself.
 */
final class ArcTableFsa extends DelegatingFsa {

    private static final int LABELS = 256;

    private final int root;
    /** The root's arc by label (0: none). */
    private final int[] rootArcs;
    /** Open addressing from a child of the root to its row of {@link #childArcs}: node + 1, row. */
    private final int[] childSlots;
    private final int[] childRows;
    private final int[][] childArcs;

    ArcTableFsa(FSA fsa) {
        super(fsa);
        this.root = fsa.getRootNode();
        this.rootArcs = arcsByLabel(fsa, root);
        int children = 0;
        for (int arc : rootArcs) {
            if (arc != 0 && !fsa.isArcTerminal(arc)) {
                children++;
            }
        }
        int size = Integer.highestOneBit(Math.max(4, children) * 2) * 2;
        this.childSlots = new int[size];
        this.childRows = new int[size];
        int[][] rows = new int[children][];
        int row = 0;
        for (int arc : rootArcs) {
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                continue;
            }
            int child = fsa.getEndNode(arc);
            int slot = slotOf(child);
            if (childSlots[slot] == 0) {
                childSlots[slot] = child + 1;
                childRows[slot] = row;
                rows[row++] = arcsByLabel(fsa, child);
            }
        }
        this.childArcs = Arrays.copyOf(rows, row);
    }

    /** The node's arc for each label, as {@link FSA#getArc} finds it: the first so labelled. */
    private static int[] arcsByLabel(FSA fsa, int node) {
        int[] arcs = new int[LABELS];
        for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
            int label = fsa.getArcLabel(arc) & 0xFF;
            if (arcs[label] == 0) {
                arcs[label] = arc;
            }
        }
        return arcs;
    }

    /** The slot holding {@code node}, or the empty slot where it would go. */
    private int slotOf(int node) {
        int mask = childSlots.length - 1;
        int slot = (node * 0x9E3779B9 >>> 16) & mask;
        while (childSlots[slot] != 0 && childSlots[slot] != node + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public int getArc(int node, byte label) {
        if (node == root) {
            return rootArcs[label & 0xFF];
        }
        int slot = slotOf(node);
        if (childSlots[slot] != 0) {
            return childArcs[childRows[slot]][label & 0xFF];
        }
        return fsa.getArc(node, label);
    }

    @Override
    public int getRootNode() {
        return root;
    }

    @Override
    public int getArcCount(int node) {
        return fsa.getArcCount(node);
    }

    @Override
    public int getRightLanguageCount(int node) {
        return fsa.getRightLanguageCount(node);
    }
}
