package org.corpuslint.testing;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.rules.BuiltInRules;

/**
 * The ids of every rule a run knows, derived from the registry, so that tests of messages
 * listing them do not break each time a rule is added.
 */
public final class AllRules {

    private AllRules() {}

    /** Built-in rules in documentation order, then the engine's own findings. */
    public static List<String> idsInDocumentationOrder() {
        List<String> ids = new ArrayList<>();
        BuiltInRules.catalog().descriptors().forEach(m -> ids.add(m.id()));
        // Written out, not read from the engine: the tests check the engine against them.
        ids.add("invalid-input");
        ids.add("rule-failure");
        return ids;
    }

    /** All ids sorted and joined as error messages list them: {@code "a, b, c"}. */
    public static String sortedList() {
        return String.join(", ", idsInDocumentationOrder().stream().sorted().toList());
    }
}
