package org.corpuslint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.corpuslint.engine.CorpusLintException;
import picocli.CommandLine;

/**
 * Entry point of {@code corpus-lint.jar}: parses the command line, runs the subcommand and
 * exits with one of the {@link ExitCodes}. Bad input (an option, the configuration, the
 * corpus folder) is one line on standard error, never a stack trace; only a defect of
 * corpus-lint itself prints one.
 */
public final class Main {

    private Main() {}

    /**
     * Output is UTF-8 whatever the locale: the reports (SARIF, JSON) must be, and a C locale's
     * ASCII would turn every quoted name with an accent into {@code ?}.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command with {@code args}, writing to {@code out} and {@code err}; the status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(commandLine(out, err), args, out, err);
    }

    /** Runs {@code cli}, configured with {@code out} and {@code err}; the status. */
    static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a defect to trace: the corpus needs a larger heap than the JVM was given.
            err.println("corpus-lint: out of memory (" + e.getMessage() + "; at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of heap);"
                    + " give the JVM more, e.g. JAVA_OPTS=-Xmx8g bin/corpus-lint ..."
                    + " or java -Xmx8g -jar corpus-lint.jar ...; no report was written");
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new CorpusLintCommand()), out, err);
    }

    /** Streams and exit codes, set on {@code cli} and every subcommand it has so far. */
    static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCodes.CLEAN);
        cli.getCommandSpec().exitCodeOnVersionHelp(ExitCodes.CLEAN);
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        return cli;
    }

    private static int handleExecutionException(Exception e, CommandLine command,
            CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CorpusLintException) {
            err.println("corpus-lint: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("corpus-lint: internal error, please report it with the trace below: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
