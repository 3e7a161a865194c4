package org.corpuslint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.report.ToolInfo;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus-lint explain RULE}: what a rule reports, why, an example and its options. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: what it reports and why, an example, its options.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule id (see: rules).")
    private String ruleId;

    @Override
    public Integer call() {
        RuleMetadata rule = RuleDescriptors.find(ruleId);
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + " (default severity: " + rule.defaultSeverity().label() + ")");
        out.println();
        out.println(rule.summary());
        out.println();
        out.println(rule.explanation());
        if (!rule.example().isBlank()) {
            out.println();
            out.println("Example:");
            rule.example().lines().forEach(line -> out.println("    " + line));
        }
        if (!rule.options().isEmpty()) {
            out.println();
            out.println("Options:");
            for (RuleOption<?> option : rule.options()) {
                out.println("    " + option.name() + " (" + option.type().name() + ", default '"
                        + option.defaultValue() + "'): " + option.description());
            }
        }
        if (!rule.fixConfidences().isEmpty()) {
            out.println();
            out.println("Fixes: " + String.join(", ", rule.fixConfidences().stream()
                    .map(FixConfidence::label).toList()));
        }
        ToolInfo.ruleHelpUri(rule.id()).ifPresent(uri -> {
            out.println();
            out.println("More: " + uri);
        });
        out.flush();
        return ExitCodes.CLEAN;
    }
}
