package org.corpuslint.rules.caption;

import java.util.List;

/**
 * The lines above a credit, top to bottom, the line where the walk back stopped, and the
 * credit. A block is bounded when a blank line, another credit or a lead-in line closes it; an
 * unbounded block ran into the headline or into prose, so where its first photo starts is
 * unknown.
 */
record PhotoBlock(List<Integer> lines, int top, boolean bounded, int credit) {

    int size() {
        return lines.size();
    }

    int first() {
        return lines.get(0);
    }

    int last() {
        return lines.get(lines.size() - 1);
    }
}
