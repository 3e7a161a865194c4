package org.corpuslint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus-lint rules}: every rule with its severity, summary and options. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules, their default severities and options.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ids", description = "Print the rule ids only, one a line.")
    private boolean idsOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleMetadata rule : RuleDescriptors.all()) {
            if (idsOnly) {
                out.println(rule.id());
                continue;
            }
            out.println(rule.id() + " (" + rule.defaultSeverity().label() + "): "
                    + rule.summary());
            for (RuleOption<?> option : rule.options()) {
                out.println("    " + option.name() + " (" + option.type().name() + ", default '"
                        + option.defaultValue() + "'): " + option.description());
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
