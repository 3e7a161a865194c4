package org.corpuslint.rules.boilerplate;

import java.util.List;

/**
 * A run of boilerplate lines, blank lines between them allowed.
 *
 * @param firstLine the first non-blank line, 1-based
 * @param lastLine the last non-blank line
 * @param lines the number of non-blank lines
 * @param kinds the kinds found, in order of first appearance
 * @param why evidence of layout that no phrase gives ({@code run of headline-shaped lines
 *     after the story}), for the message; empty when the lines' own words tell
 */
record Block(int firstLine, int lastLine, int lines, List<BoilerplateKind> kinds,
        List<String> why) {}
