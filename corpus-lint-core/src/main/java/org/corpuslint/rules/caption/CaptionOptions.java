package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.RuleOption;

/** The option the photo rules share: agencies to recognise besides the shipped list. */
final class CaptionOptions {

    static final RuleOption<List<String>> AGENCIES = new RuleOption<>("agencies", OptionType.LIST,
            "",
            "comma-separated agency or photo-service names to recognise in credits besides the"
                    + " shipped list");

    private CaptionOptions() {}
}
