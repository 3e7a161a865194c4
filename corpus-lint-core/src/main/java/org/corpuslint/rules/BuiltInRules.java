package org.corpuslint.rules;

import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.boilerplate.BoilerplateRule;
import org.corpuslint.rules.date.MissingDateRule;
import org.corpuslint.rules.typo.TypoRule;

/** The one place where built-in rules are registered. */
public final class BuiltInRules {

    private BuiltInRules() {}

    /** A factory per built-in rule, in documentation order. */
    public static List<Supplier<Rule>> factories() {
        return List.of(
                MissingDateRule::new,
                BoilerplateRule::new,
                TypoRule::new);
    }
}
