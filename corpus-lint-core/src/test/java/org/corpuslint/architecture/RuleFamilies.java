package org.corpuslint.architecture;

import java.util.List;

/** A rule family is a sub-package of the rules package; one family never uses another. */
final class RuleFamilies {

    private RuleFamilies() {}

    /** The family {@code pkg} belongs to, or null outside the rule families. */
    static String familyOf(String pkg) {
        String parent = CoreLayers.RULE_FAMILIES + ".";
        if (!pkg.startsWith(parent)) {
            return null;
        }
        String rest = pkg.substring(parent.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static List<String> crossFamilyReferences(List<SourceReference> references) {
        return references.stream().filter(r -> {
            String from = familyOf(r.fromPackage());
            String to = familyOf(r.toPackage());
            return from != null && to != null && !from.equals(to);
        }).map(r -> r + ": rule family '" + familyOf(r.fromPackage()) + "' uses family '"
                + familyOf(r.toPackage()) + "'").toList();
    }
}
