package org.corpuslint.rules.caption;

import java.util.List;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.credit.Agencies;

/** The option the photo rules share: agencies to recognise besides the shipped list. */
final class CaptionOptions {

    static final RuleOption<List<String>> AGENCIES = new RuleOption<>("agencies", OptionType.LIST,
            "",
            "comma-separated agency or photo-service names to recognise in credits besides the"
                    + " shipped list");

    private CaptionOptions() {}

    static Agencies agencies(RuleOptions options) {
        return Agencies.withExtra(options.value(AGENCIES));
    }
}
