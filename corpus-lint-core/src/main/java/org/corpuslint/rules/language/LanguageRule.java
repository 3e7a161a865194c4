package org.corpuslint.rules.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.language.ForeignRun;
import org.corpuslint.text.language.ForeignRuns;
import org.corpuslint.text.language.LanguageGuess;
import org.corpuslint.text.language.LanguageIdentifier;

/**
 * A document, or a run of paragraphs in it, not in the corpus language. Each paragraph long
 * enough to judge is identified on its own; neighbouring paragraphs in the same other language
 * form one run (short lines between them neither count nor break it), and the run as a whole is
 * identified again for the language and confidence the finding states.
 */
public final class LanguageRule implements Rule {

    public static final String ID = "language";

    static final RuleOption<String> LANGUAGE = new RuleOption<>("language",
            OptionType.of("language code", (text, base) -> {
                String code = text.toLowerCase(Locale.ROOT);
                if (!LanguageIdentifier.languages().contains(code)) {
                    throw new OptionType.Rejected("a language code the identifier knows ("
                            + String.join(", ", LanguageIdentifier.languages()) + ")");
                }
                return code;
            }),
            "en", "the language the corpus is written in, as an ISO 639-1 code");

    static final RuleOption<Integer> MIN_WORDS = new RuleOption<>("minWords",
            OptionType.integerAtLeast(3), "8",
            "a paragraph is judged when it has at least this many words that are not"
                    + " capitalised (names and headlines do not count)");

    static final RuleOption<Double> MIN_CONFIDENCE = new RuleOption<>("minConfidence",
            OptionType.number(0.5, 1.0), "0.9",
            "the identifier's least probability for another language to report it");

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "A document or a run of its paragraphs is not in the corpus language.",
            "A corpus in one language picks up articles, or parts of them, in another: a"
                    + " scraper that followed a language switch, a quote block left"
                    + " untranslated, an appeal in the outlet's second language. The rule"
                    + " identifies the language of every paragraph with at least `minWords`"
                    + " words that are not capitalised (so headlines, captions and names do not"
                    + " count) and reports a run of paragraphs in another language, or the whole"
                    + " document, with the language found and the identifier's confidence."
                    + " Identification is by the Optimaize language detector's character"
                    + " n-gram profiles (70 languages), which LanguageTool already brings.",
            "An English corpus with a paragraph `Die Regierung hat am Montag beschlossen, die"
                    + " Steuern zu senken, ...`: `warning [language] 1 paragraph in German (de,"
                    + " confidence 1.00), not the corpus language (en)`.",
            List.of(LANGUAGE, MIN_WORDS, MIN_CONFIDENCE),
            Set.<FixConfidence>of());

    private ForeignRuns settings;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        settings = new ForeignRuns(options.value(LANGUAGE), options.value(MIN_WORDS),
                options.value(MIN_CONFIDENCE));
        // The profiles load on the first paragraph whose function words do not already show
        // the corpus language (LanguageIdentifier.shared()): a run may never need them.
    }

    @Override
    public void check(RuleContext context) {
        for (ForeignRun run : context.analysis(DocumentAnalyses.foreignRuns(settings))) {
            LanguageGuess guess = run.guess();
            String found = guess.describe() + ", confidence "
                    + String.format(Locale.ROOT, "%.2f", guess.confidence());
            String notCorpus = ", not the corpus language (" + settings.language() + ")";
            String message = run.wholeDocument() ? "the document is in " + found + notCorpus
                    : run.paragraphs() + (run.paragraphs() == 1 ? " paragraph" : " paragraphs")
                            + " in " + found + notCorpus;
            context.report(run.start(), run.end(), message);
        }
    }
}
