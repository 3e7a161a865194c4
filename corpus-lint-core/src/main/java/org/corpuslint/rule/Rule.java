package org.corpuslint.rule;

import org.corpuslint.profile.CorpusProfile;

/**
 * A check of one kind of defect. A rule is a small class with declarative {@link #metadata()},
 * the same descriptor it is registered with in a {@link RuleCatalog}; it knows nothing of Maven,
 * reports or other rules. One instance serves one run and may be
 * called from several threads at once, so {@link #check} must not keep per-document state in
 * fields.
 */
public interface Rule {

    RuleMetadata metadata();

    /**
     * Called once per run, after the corpus profile is built and before any {@link #check}.
     * Rules that need expensive set-up (dictionaries) do it here, and read their options with
     * {@link RuleOptions#value(RuleOption)}; the engine has validated every configured value
     * against the option types before.
     *
     * @throws IllegalArgumentException when an option has a bad value
     */
    default void prepare(CorpusProfile profile, RuleOptions options) {}

    /** Reports this rule's findings for {@code context.document()}. */
    void check(RuleContext context);
}
