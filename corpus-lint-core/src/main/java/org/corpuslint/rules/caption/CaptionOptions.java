package org.corpuslint.rules.caption;

import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.credit.Agencies;

/** The option the photo rules share: agencies to recognise besides the shipped list. */
final class CaptionOptions {

    static final RuleOption AGENCIES = new RuleOption("agencies", "",
            "comma-separated agency or photo-service names to recognise in credits besides the"
                    + " shipped list");

    private CaptionOptions() {}

    static Agencies agencies(RuleOptions options) {
        return Agencies.withExtra(options.getString(AGENCIES.name(), ""));
    }
}
