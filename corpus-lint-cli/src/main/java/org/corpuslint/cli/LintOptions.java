package org.corpuslint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code check}, {@code fix} and {@code baseline} share: the corpus, the documents,
 * the rules and the input limits, as the Maven plugin's shared parameters. Unset options keep
 * what {@code corpus-lint.yaml} says ({@link LintTargets}).
 */
final class LintOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = ".",
            description = "The corpus folder (default: the current folder).")
    Path corpus;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "The configuration file (default: corpus-lint.yaml in the corpus"
                    + " folder, when there is one).")
    Path configFile;

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Documents to lint, relative to the corpus (default: the file's,"
                    + " else **/*.txt). Repeatable or comma-separated.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "Files or folders to leave out (drafts/**).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The documents' character set (default: the file's, else UTF-8).")
    String encoding;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 (default) is one per core.")
    int threads;

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Rules to switch off. Repeatable or comma-separated.")
    List<String> disabledRules = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Rules to switch on that the configuration file switches off.")
    List<String> enabledRules = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=SEVERITY", split = ",",
            description = "Give every finding of a rule this severity (error, warning, info).")
    List<String> ruleSeverities = new ArrayList<>();

    @Option(names = "--rule-option", paramLabel = "RULE.OPTION=VALUE",
            description = "Set a rule option, as under rules: in corpus-lint.yaml"
                    + " (missing-date.earliestYear=2000). Repeatable.")
    List<String> ruleOptions = new ArrayList<>();

    @Option(names = "--follow-links", paramLabel = "BOOLEAN", arity = "0..1",
            fallbackValue = "true",
            description = "Lint the files that symbolic links lead to outside the corpus.")
    Boolean followLinks;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Larger files are an invalid-input finding (default: 10485760).")
    Long maxFileSize;

    @Option(names = "--max-line-length", paramLabel = "CHARS",
            description = "A longer line makes the file an invalid-input finding (default:"
                    + " 100000).")
    Integer maxLineLength;

    @Option(names = "--max-token-length", paramLabel = "CHARS",
            description = "A longer run of non-space characters is an invalid-input finding"
                    + " (default: 1000).")
    Integer maxTokenLength;
}
