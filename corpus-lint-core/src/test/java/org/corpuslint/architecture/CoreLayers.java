package org.corpuslint.architecture;

import java.util.List;

/**
 * The layer order of corpus-lint-core, lowest first, as the code stood when it was pinned
 * (issue 13). docs/library.md explains it. Moving a package, or letting a layer use a higher
 * one, means changing this list on purpose, in review.
 */
final class CoreLayers {

    static final String ROOT = "org.corpuslint";

    /** The package holding one sub-package per rule family; families never use each other. */
    static final String RULE_FAMILIES = ROOT + ".rules";

    static final List<Layer> ORDER = List.of(
            Layer.of("foundation", ROOT + ".model", ROOT + ".text", ROOT + ".io",
                    ROOT + ".corpus"),
            Layer.of("document", ROOT + ".document"),
            Layer.of("profile", ROOT + ".profile"),
            Layer.of("rule api", ROOT + ".rule"),
            Layer.of("rule families", RULE_FAMILIES + ".*"),
            Layer.of("rule registry", RULE_FAMILIES),
            Layer.of("cache", ROOT + ".cache"),
            // CorpusLinter reads ConfigFile, and ConfigFile builds a LintConfig: one unit today.
            Layer.entangled("engine", ROOT + ".engine", ROOT + ".config"),
            Layer.of("report", ROOT + ".report"),
            Layer.of("fix and baseline", ROOT + ".fix", ROOT + ".baseline"),
            Layer.of("run", ROOT + ".run"));

    private CoreLayers() {}
}
