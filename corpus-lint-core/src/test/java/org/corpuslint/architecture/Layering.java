package org.corpuslint.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks source references against an ordered list of layers, lowest first. */
final class Layering {

    /** Where a package sits: its layer's index and the unit it belongs to. */
    record Place(int layer, String unit) {}

    private final List<Layer> layers;

    Layering(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The most specific unit matching {@code pkg}, or empty if no layer claims it. */
    Optional<Place> placeOf(String pkg) {
        Place best = null;
        int bestLength = -1;
        for (int i = 0; i < layers.size(); i++) {
            for (String unit : layers.get(i).units()) {
                String matched = match(unit, pkg);
                if (matched != null && unit.length() > bestLength) {
                    best = new Place(i, matched);
                    bestLength = unit.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The unit {@code pkg} falls in under {@code pattern}, or null. */
    private static String match(String pattern, String pkg) {
        if (pattern.endsWith(".*")) {
            String parent = pattern.substring(0, pattern.length() - 1);
            if (!pkg.startsWith(parent)) {
                return null;
            }
            String rest = pkg.substring(parent.length());
            int dot = rest.indexOf('.');
            return parent + (dot < 0 ? rest : rest.substring(0, dot));
        }
        return pkg.equals(pattern) || pkg.startsWith(pattern + ".") ? pattern : null;
    }

    /** One line per reference into a higher layer, or into a peer of the same layer. */
    List<String> upwardReferences(List<SourceReference> references) {
        List<String> problems = new ArrayList<>();
        for (SourceReference r : references) {
            Optional<Place> from = placeOf(r.fromPackage());
            Optional<Place> to = placeOf(r.toPackage());
            if (from.isEmpty() || to.isEmpty() || from.get().unit().equals(to.get().unit())) {
                continue; // unplaced packages are reported by unplacedPackages
            }
            int a = from.get().layer();
            int b = to.get().layer();
            if (b > a) {
                problems.add(r + ": layer '" + layers.get(a).name() + "' uses higher layer '"
                        + layers.get(b).name() + "'");
            } else if (b == a && !layers.get(a).peersMayUseEachOther()) {
                problems.add(r + ": peers in layer '" + layers.get(a).name()
                        + "' may not use each other");
            }
        }
        return problems;
    }

    /** Packages no layer claims: a new package must be given a place in the order. */
    List<String> unplacedPackages(List<String> packages) {
        return packages.stream().filter(p -> placeOf(p).isEmpty()).toList();
    }
}
