package org.corpuslint.testing;

import org.corpuslint.model.Fix;
import org.corpuslint.model.Severity;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;

/** A test rule: reports every occurrence of a text, with a fix that replaces it. */
public final class ReplaceRule implements Rule {

    private final RuleMetadata metadata;
    private final String from;
    private final String to;

    public ReplaceRule(String id, String from, String to) {
        this.metadata = new RuleMetadata(id, Severity.WARNING, "Replaces " + from + ".",
                "Test rule.", from);
        this.from = from;
        this.to = to;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public void check(RuleContext context) {
        String text = context.document().text();
        for (int i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) {
            context.report(i, i + from.length(), "'" + from + "'",
                    Fix.of("replace with '" + to + "'", context.edit(i, i + from.length(), to)));
        }
    }
}
