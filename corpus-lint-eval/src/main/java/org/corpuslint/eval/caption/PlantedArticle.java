package org.corpuslint.eval.caption;

import java.util.List;
import java.util.Set;

/**
 * A clean article with a planted gallery.
 *
 * @param lost for each planted photo or description without a credit, the line numbers that
 *     belong to it (a finding on any of them finds it)
 */
record PlantedArticle(String path, String text, Layout layout, List<Set<Integer>> lost) {}
