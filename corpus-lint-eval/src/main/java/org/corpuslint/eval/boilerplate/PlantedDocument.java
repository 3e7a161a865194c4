package org.corpuslint.eval.boilerplate;

import java.util.Map;
import java.util.Set;

/**
 * A clean article with boilerplate planted in it.
 *
 * @param path the document path (outlet folder / original name)
 * @param text the planted text
 * @param planted 1-based line number of every planted boilerplate line, with its kind and
 *     position ({@code donation@tail})
 * @param decoys 1-based line numbers of planted prose that must stay quiet
 */
record PlantedDocument(String path, String text, Map<Integer, String> planted,
        Set<Integer> decoys) {}
