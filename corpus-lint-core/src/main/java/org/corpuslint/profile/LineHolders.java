package org.corpuslint.profile;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The documents holding one line, counted exactly per outlet and story, for
 * {@link ExactStatistics}: most lines are held by one story only, which is kept inline, the
 * others in a table made when a second one comes. Invariant: the inline holder is empty only
 * when there is no other.
 */
final class LineHolders {

    /** Receives one holder: {@code documents} documents of {@code outlet} telling a story. */
    @FunctionalInterface
    interface Visitor {
        void holder(String outlet, long story, int documents);
    }

    private record Holder(String outlet, long story) {}

    private String outlet;
    private long story;
    private int documents;
    private Map<Holder, int[]> more;

    /** Adds {@code delta} documents (taken out when negative) of {@code outlet} and {@code story}. */
    void add(String outlet, long story, int delta) {
        if (documents != 0 && this.story == story && this.outlet.equals(outlet)) {
            documents += delta;
            if (documents == 0) {
                promote();
            }
            return;
        }
        if (documents == 0) {
            this.outlet = outlet;
            this.story = story;
            this.documents = delta;
            return;
        }
        if (more == null) {
            more = new HashMap<>(4);
        }
        Holder holder = new Holder(outlet, story);
        int[] c = more.computeIfAbsent(holder, k -> new int[1]);
        c[0] += delta;
        if (c[0] == 0) {
            more.remove(holder);
        }
    }

    /** The inline holder is gone: another takes its place. */
    private void promote() {
        outlet = null;
        story = 0;
        if (more == null || more.isEmpty()) {
            more = null;
            return;
        }
        Iterator<Map.Entry<Holder, int[]>> first = more.entrySet().iterator();
        Map.Entry<Holder, int[]> e = first.next();
        first.remove();
        outlet = e.getKey().outlet();
        story = e.getKey().story();
        documents = e.getValue()[0];
    }

    boolean isEmpty() {
        return documents == 0;
    }

    /** Holders, each an (outlet, story) pair. */
    int size() {
        return documents == 0 ? 0 : 1 + (more == null ? 0 : more.size());
    }

    void forEach(Visitor visitor) {
        if (documents != 0) {
            visitor.holder(outlet, story, documents);
        }
        if (more != null) {
            more.forEach((h, c) -> visitor.holder(h.outlet(), h.story(), c[0]));
        }
    }

    private int documents(String outlet, long story) {
        if (documents != 0 && this.story == story && this.outlet.equals(outlet)) {
            return documents;
        }
        int[] c = more == null ? null : more.get(new Holder(outlet, story));
        return c == null ? 0 : c[0];
    }

    /** Whether {@code other} counts the same documents for the same holders. */
    boolean sameAs(LineHolders other) {
        if (size() != other.size()) {
            return false;
        }
        boolean[] same = {true};
        forEach((o, s, n) -> same[0] &= other.documents(o, s) == n);
        return same[0];
    }

    /**
     * How often the line recurs, as {@link LineCounts} counts it, in the corpus or (when
     * {@code outlet} is not {@code null}) in one outlet; {@code null} when no holder counts.
     */
    LineRecurrence recurrence(String outlet) {
        LineRecurrence recurrence = new LineRecurrence();
        boolean[] any = {false};
        forEach((o, s, n) -> {
            if (outlet == null || outlet.equals(o)) {
                recurrence.addCopies(s, n);
                any[0] = true;
            }
        });
        return any[0] ? recurrence : null;
    }
}
