package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Products that a shopping or deals story lists, laid out as a card: the product's name, its
 * price on a line of its own, then the store ({@code Available from Example Store}). The store
 * line is part of the offer the story makes, as a price on the same line is; the page's own
 * buttons ({@code Buy now}, one or two words) and disclosures stay chrome.
 */
final class ProductOffers {

    /** A store line names the store; a button is a verb and an object at most. */
    private static final int MIN_STORE_LINE_WORDS = 3;

    private ProductOffers() {}

    /** The evidence with every store line right under a price tag stripped of its shop cue. */
    static List<LineEvidence> quietStoreLines(List<LineEvidence> evidence) {
        List<LineEvidence> out = null;
        LineEvidence previous = null;
        for (int i = 0; i < evidence.size(); i++) {
            LineEvidence e = evidence.get(i);
            if (e.shape() == null) {
                continue;
            }
            if (previous != null && previous.priceTag() && e.kind() == BoilerplateKind.SHOP
                    && e.shape().words().size() >= MIN_STORE_LINE_WORDS) {
                if (out == null) {
                    out = new ArrayList<>(evidence);
                }
                out.set(i, e.withoutCue());
            }
            previous = e;
        }
        return out == null ? evidence : out;
    }
}
