package org.corpuslint.fuzz;

import java.util.Random;

/**
 * Generates {@code corpus-lint.yaml} files a corpus could ship: well-formed ones with odd values,
 * and broken YAML (tabs, unclosed brackets, aliases, deep nesting, duplicate keys, wrong types,
 * control characters). Reading one must give a configuration or a {@code CorpusLintException}.
 */
final class HostileYaml {

    private static final String[] PIECES = {
        "includes: [\"**/*.txt\"]\n",
        "includes: 5\n",
        "includes: [[a], {b: c}]\n",
        "includes: [\"[\"]\n",
        "includes: ~\n",
        "excludes: \"**\"\n",
        "excludes: [\"**/-*\", \"{a,b\"]\n",
        "encoding: UTF-8\n",
        "encoding: UTF-99\n",
        "encoding: \"\"\n",
        "encoding: [UTF-8]\n",
        "encoding: \"../../etc/passwd\"\n",
        "rules:\n  typo: off\n",
        "rules:\n  boilerplate: { severity: loud }\n",
        "rules:\n  boilerplate: { severity: warning, options: { minRepeatDocuments: 2 } }\n",
        "rules:\n  boilerplate:\n    options:\n      extraPhrases: \"share:/ferr(y|ies)/\"\n",
        "rules:\n  boilerplate:\n    options:\n      extraPhrases: [\"share:x\", \"tip:/y/\"]\n",
        "rules:\n  boilerplate:\n    options:\n      phraseFile: ../outside/passwd\n",
        "rules:\n  typo:\n    options:\n      acceptFile: /dev/null\n",
        "rules:\n  typo:\n    options:\n      rejectFile: \"../outside\"\n",
        "rules:\n  missing-date: { options: { earliestYear: 99999999999999999999 } }\n",
        "rules:\n  missing-date: { options: { referenceDate: 2024-07-01 } }\n",
        "rules:\n  missing-date: { options: { nosuchoption: 1 } }\n",
        "rules:\n  no-such-rule: error\n",
        "rules: [typo]\n",
        "rules:\n  typo: { enabled: maybe }\n",
        "rules:\n  typo: { enabled: false }\n",
        "overrides:\n  - folder: a\n    rules: { typo: off }\n",
        "overrides:\n  - folder: \"\"\n    rules: { typo: off }\n",
        "overrides:\n  - folder: \"../outside\"\n    rules: { boilerplate: error }\n",
        "overrides:\n  - rules: { typo: off }\n",
        "overrides: {folder: a}\n",
        "fix:\n  rules: [missing-date]\n",
        "fix:\n  rules: [nonsense]\n",
        "fix: yes\n",
        "base: &b { typo: off }\nrules: *b\n",
        "rules:\n  typo: &x off\n  boilerplate: *x\n",
        "rules: *undefined\n",
        "rules:\n\ttypo: off\n",
        "includes: [\"**/*.txt\"\n",
        "includes: [\"a\"]\nincludes: [\"b\"]\n",
        "? [complex, key]\n: value\n",
        "!!binary aGVsbG8=\n",
        "rules: !!map { typo: !!str off }\n",
        "%YAML 1.1\n---\nincludes: [\"*.txt\"]\n---\nincludes: 7\n",
        "\"\\u0000\": x\n",
        "rules:\n  typo: \"\u001B[2J\"\n",
        "\uFEFFincludes: [\"**/*.txt\"]\n",
        "unknownTopLevel: 1\n",
        "- just\n- a\n- list\n",
        "just a scalar\n",
        "{\n",
        "]]]]\n",
        "rules: {typo: {options: {variants: \"en-US,xx\"}}}\n"};

    private HostileYaml() {}

    /** Every fixed piece, for a test that tries each one alone. */
    static java.util.List<String> pieces() {
        return java.util.List.of(PIECES);
    }

    static String generate(Random random) {
        StringBuilder yaml = new StringBuilder();
        // Mostly one piece: several often repeat a key, and the file is refused for that alone.
        int pieces = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        for (int i = 0; i < pieces; i++) {
            yaml.append(PIECES[random.nextInt(PIECES.length)]);
        }
        switch (random.nextInt(12)) {
            case 0 -> yaml.append(deepNesting(random));
            case 1 -> yaml.append(aliasBomb());
            case 2 -> yaml.append("includes: [\"").append("*".repeat(20_000)).append("\"]\n");
            default -> { }
        }
        return yaml.toString();
    }

    /** Flow collections nested thousands deep: a recursive reader would overflow its stack. */
    private static String deepNesting(Random random) {
        int depth = 1_000 + random.nextInt(20_000);
        return "rules: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    /** Aliases that multiply ("billion laughs"): expanded, they are 10^9 strings. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }
}
