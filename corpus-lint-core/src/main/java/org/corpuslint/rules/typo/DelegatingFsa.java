package org.corpuslint.rules.typo;

import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.fsa.FSAFlags;

/**
 * A view of a Morfologik automaton that answers every question as the automaton does; a view
 * overrides only the walks it changes ({@link WordStartFsa}, {@link ArcTableFsa}).
 */
abstract class DelegatingFsa extends FSA {

    /** The automaton seen. */
    protected final FSA fsa;

    DelegatingFsa(FSA fsa) {
        this.fsa = fsa;
    }

    @Override
    public int getRootNode() {
        return fsa.getRootNode();
    }

    @Override
    public int getFirstArc(int node) {
        return fsa.getFirstArc(node);
    }

    @Override
    public int getNextArc(int arc) {
        return fsa.getNextArc(arc);
    }

    @Override
    public int getArc(int node, byte label) {
        return fsa.getArc(node, label);
    }

    @Override
    public byte getArcLabel(int arc) {
        return fsa.getArcLabel(arc);
    }

    @Override
    public boolean isArcFinal(int arc) {
        return fsa.isArcFinal(arc);
    }

    @Override
    public boolean isArcTerminal(int arc) {
        return fsa.isArcTerminal(arc);
    }

    @Override
    public int getEndNode(int arc) {
        return fsa.getEndNode(arc);
    }

    @Override
    public Set<FSAFlags> getFlags() {
        return fsa.getFlags();
    }
}
