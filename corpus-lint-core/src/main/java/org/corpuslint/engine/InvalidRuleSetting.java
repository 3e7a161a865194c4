package org.corpuslint.engine;

import java.util.List;

/**
 * A rule setting the engine refuses, told so that a front end can say it in its own terms and
 * add where the setting came from (a file position, a Maven parameter).
 */
public final class InvalidRuleSetting extends CorpusLintException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** No rule has the id. */
        UNKNOWN_RULE,
        /** The rule declares no option of the key. */
        UNKNOWN_OPTION,
        /** The rule's option type rejects the value. */
        INVALID_VALUE
    }

    private final Problem problem;
    private final String ruleId;
    private final String optionKey;
    private final List<String> known;

    InvalidRuleSetting(Problem problem, String ruleId, String optionKey, List<String> known,
            String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.ruleId = ruleId;
        this.optionKey = optionKey;
        this.known = List.copyOf(known);
    }

    public Problem problem() {
        return problem;
    }

    public String ruleId() {
        return ruleId;
    }

    /** The option key, or {@code null} for an unknown rule. */
    public String optionKey() {
        return optionKey;
    }

    /** The known rule ids (unknown rule) or the rule's option keys (unknown option), sorted. */
    public List<String> known() {
        return known;
    }
}
