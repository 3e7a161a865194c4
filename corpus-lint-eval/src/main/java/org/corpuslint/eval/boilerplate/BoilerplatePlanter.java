package org.corpuslint.eval.boilerplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corpuslint.document.Document;

/**
 * Plants boilerplate blocks into a clean article: at the head (before or just after the
 * title), the tail, or between two paragraphs; one or two kinds per block, one to three lines,
 * with or without blank lines between them (mid-article, sometimes none before the next
 * paragraph either). Most lines come from fresh templates; some are the
 * outlet's recurring house chrome. Some articles get a decoy sentence instead or as well.
 * A box of links ({@link PageLayoutTemplates#LINK_BOX}) is a run of headlines, not one line.
 */
final class BoilerplatePlanter {

    private final Random random;
    private final double houseShare;
    private final Map<String, List<String>> templates;
    private final List<String> kinds;

    /** @param houseShare the chance that a planted line is the outlet's recurring one */
    BoilerplatePlanter(long seed, double houseShare, Map<String, List<String>> templates) {
        this.random = new Random(seed);
        this.houseShare = houseShare;
        this.templates = templates;
        this.kinds = templates.keySet().stream().sorted().toList();
    }

    PlantedDocument plant(Document clean, Outlet outlet, List<String> otherHeadlines) {
        List<String> lines = new ArrayList<>(List.of(clean.text().split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        // Each entry: the line, and its label ("kind@position", "decoy" or null for article).
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            out.add(new String[] {line, null});
        }
        int blocks = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
            String position = List.of("head", "tail", "middle").get(random.nextInt(3));
            insertBlock(out, position, outlet, otherHeadlines);
        }
        if (random.nextDouble() < 0.35) {
            int at = paragraphBoundary(out);
            List<String> decoys = random.nextBoolean() ? BoilerplateTemplates.DECOYS
                    : PageLayoutTemplates.DECOYS;
            String decoy = outlet.fill(Outlet.pick(decoys, random), random);
            out.add(at, new String[] {"", null});
            out.add(at + 1, new String[] {decoy, "decoy"});
        }
        StringBuilder text = new StringBuilder();
        Map<Integer, String> planted = new LinkedHashMap<>();
        Set<Integer> decoys = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            text.append(out.get(i)[0]).append('\n');
            String label = out.get(i)[1];
            if ("decoy".equals(label)) {
                decoys.add(i + 1);
            } else if (label != null) {
                planted.put(i + 1, label);
            }
        }
        return new PlantedDocument(outlet.folder + "/" + clean.path(), text.toString(), planted,
                decoys);
    }

    private void insertBlock(List<String[]> out, String position, Outlet outlet,
            List<String> otherHeadlines) {
        List<String[]> block = new ArrayList<>();
        int kindCount = random.nextDouble() < 0.3 ? 2 : 1;
        boolean spaced = random.nextBoolean();
        for (int k = 0; k < kindCount; k++) {
            String kind = Outlet.pick(kinds, random);
            if (kind.equals(PageLayoutTemplates.LINK_BOX)) {
                addLinkBox(block, outlet, otherHeadlines, position);
                continue;
            }
            int count = 1 + (random.nextDouble() < 0.35 ? 1 : 0);
            for (int c = 0; c < count; c++) {
                if (spaced && !block.isEmpty()) {
                    block.add(new String[] {"", null});
                }
                String line = random.nextDouble() < houseShare ? outlet.houseLine(kind)
                        : outlet.fill(Outlet.pick(templates.get(kind), random),
                                random)
                        .replace("{headline}", Outlet.pick(otherHeadlines, random));
                block.add(new String[] {line.replace("{headline}",
                        Outlet.pick(otherHeadlines, random)), kind + "@" + position});
            }
        }
        int at;
        switch (position) {
            case "head" -> at = random.nextBoolean() ? 0 : Math.min(1, out.size());
            case "tail" -> at = out.size();
            default -> at = paragraphBoundary(out);
        }
        List<String[]> withSpace = new ArrayList<>();
        if (!position.equals("head") || at > 0) {
            withSpace.add(new String[] {"", null});
        }
        withSpace.addAll(block);
        // Mid-article, a scraper that keeps no spacing glues the block to the next paragraph.
        boolean glued = position.equals("middle") && random.nextInt(3) == 0;
        if (position.equals("head") || position.equals("middle") && !glued) {
            withSpace.add(new String[] {"", null});
        }
        out.addAll(at, withSpace);
    }

    /**
     * A box of other stories' headlines as a scraper leaves it: two to four lines with no
     * blank line between them, under a short heading or none. A box without a heading is
     * planted only after the story, where it is found by its place; mid-article it has one.
     */
    private void addLinkBox(List<String[]> block, Outlet outlet, List<String> otherHeadlines,
            String position) {
        String heading = outlet.fill(Outlet.pick(templates.get(PageLayoutTemplates.LINK_BOX),
                random), random);
        if (heading.isEmpty() && !position.equals("tail")) {
            heading = "Related stories";
        }
        String label = PageLayoutTemplates.LINK_BOX + "@" + position;
        if (!block.isEmpty()) {
            block.add(new String[] {"", null});
        }
        if (!heading.isEmpty()) {
            block.add(new String[] {heading, label});
        }
        int links = heading.isEmpty() ? 3 + random.nextInt(2) : 2 + random.nextInt(3);
        for (int i = 0; i < links; i++) {
            block.add(new String[] {Outlet.pick(otherHeadlines, random), label});
        }
    }

    /** A line index just after a blank line in the article's body, away from head and tail. */
    private int paragraphBoundary(List<String[]> out) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 3; i < out.size() - 2; i++) {
            if (out.get(i)[0].isBlank() && out.get(i)[1] == null
                    && !out.get(i + 1)[0].isBlank() && out.get(i + 1)[1] == null) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? out.size() : Outlet.pick(candidates, random);
    }
}
