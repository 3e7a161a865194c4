package org.corpuslint.architecture;

import java.util.List;

/**
 * One layer of the core: a set of units (a package with its sub-packages, or with
 * {@code .*} each direct sub-package as a unit of its own). Code may use any lower layer. Units
 * of one layer are peers and may not use each other, unless the layer says they form one unit.
 */
record Layer(String name, List<String> units, boolean peersMayUseEachOther) {

    static Layer of(String name, String... units) {
        return new Layer(name, List.of(units), false);
    }

    /** A layer whose units already use each other today; the cycle is pinned, not endorsed. */
    static Layer entangled(String name, String... units) {
        return new Layer(name, List.of(units), true);
    }
}
