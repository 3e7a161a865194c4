package org.corpuslint.rules;

import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rules.boilerplate.BoilerplateRule;
import org.corpuslint.rules.caption.DuplicateLineRule;
import org.corpuslint.rules.caption.OrphanCreditRule;
import org.corpuslint.rules.caption.TruncatedTextRule;
import org.corpuslint.rules.caption.UnattributedCaptionRule;
import org.corpuslint.rules.date.DateConsistencyRule;
import org.corpuslint.rules.date.MissingDateRule;
import org.corpuslint.rules.duplicate.DuplicateDocumentRule;
import org.corpuslint.rules.encoding.EncodingRule;
import org.corpuslint.rules.language.LanguageRule;
import org.corpuslint.rules.typo.TypoRule;

/**
 * The one place where built-in rules are registered: one line per rule, its descriptor and its
 * factory, in documentation order. See {@code docs/development-rules.md} for adding a rule.
 */
public final class BuiltInRules {

    private static final RuleCatalog CATALOG = RuleCatalog.builder()
            .add(MissingDateRule.METADATA, MissingDateRule::new)
            .add(DateConsistencyRule.METADATA, DateConsistencyRule::new)
            .add(BoilerplateRule.METADATA, BoilerplateRule::new)
            .add(TypoRule.METADATA, TypoRule::new)
            .add(UnattributedCaptionRule.METADATA, UnattributedCaptionRule::new)
            .add(OrphanCreditRule.METADATA, OrphanCreditRule::new)
            .add(TruncatedTextRule.METADATA, TruncatedTextRule::new)
            .add(DuplicateLineRule.METADATA, DuplicateLineRule::new)
            .add(DuplicateDocumentRule.METADATA, DuplicateDocumentRule::new)
            .add(EncodingRule.METADATA, EncodingRule::new)
            .add(LanguageRule.METADATA, LanguageRule::new)
            .build();

    private BuiltInRules() {}

    /** The built-in rules: descriptors readable without creating a rule, and factories. */
    public static RuleCatalog catalog() {
        return CATALOG;
    }

    /** A factory per built-in rule, in documentation order. */
    public static List<Supplier<Rule>> factories() {
        return CATALOG.factories();
    }
}
