package org.corpuslint.cli;

import org.corpuslint.report.ToolInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code corpus-lint} command: a subcommand per workflow. */
@Command(name = "corpus-lint", mixinStandardHelpOptions = true,
        versionProvider = CorpusLintCommand.Version.class,
        description = "Quality checks for news text corpora: typos, dates, boilerplate, photo"
                + " credits.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {CheckCommand.class, FixCommand.class, BaselineCommand.class,
            RulesCommand.class, ExplainCommand.class},
        footer = {"", "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or"
                + " configuration error, 3 internal error."})
final class CorpusLintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a command there is nothing to run: a usage error, with the commands listed. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: check, fix, baseline, rules or explain");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
        }
    }
}
