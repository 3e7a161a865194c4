package org.corpuslint.rules;

import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.rules.boilerplate.BoilerplateRule;
import org.corpuslint.rules.caption.DuplicateLineRule;
import org.corpuslint.rules.caption.OrphanCreditRule;
import org.corpuslint.rules.caption.TruncatedTextRule;
import org.corpuslint.rules.caption.UnattributedCaptionRule;
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
                TypoRule::new,
                UnattributedCaptionRule::new,
                OrphanCreditRule::new,
                TruncatedTextRule::new,
                DuplicateLineRule::new);
    }
}
