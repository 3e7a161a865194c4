package org.corpuslint.rules.boilerplate;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corpuslint.document.DateHeader;
import org.corpuslint.document.Document;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.LineCounts;
import java.util.Optional;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.profile.StatisticChanges;
import org.corpuslint.rule.EvidenceSource;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;

/**
 * Page chrome and appeals that scraping left in the article text: each run of boilerplate
 * lines is one finding whose fix deletes the run, and text glued to the date header is one
 * finding whose fix deletes that text.
 *
 * <p>Records how widely each line recurs as its evidence ({@link EvidenceSource}).
 */
public final class BoilerplateRule implements Rule, EvidenceSource {

    public static final String ID = "boilerplate";

    private static final int QUOTED_LENGTH = 60;

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "Scraped page chrome is left in the article text.",
            "Scrapers leave navigation, share buttons, comment prompts, newsletter, subscription"
                    + " and donation appeals, cookie notices, teasers, tip lines, advertisement"
                    + " labels and copyright footers in the article text. In a corpus they"
                    + " pollute word statistics, leak into summaries and repeat across thousands"
                    + " of documents. The rule scores every line on a phrase lexicon, its shape"
                    + " (short, unpunctuated, speaking to the reader, e-mail addresses, URLs), its"
                    + " place (before or after the article's prose) and how often it recurs in"
                    + " the corpus, and reports each run of boilerplate lines as one finding with"
                    + " a fix that deletes it; text glued to the date header is reported too.",
            "`Sign up for our weekly newsletter` after the last paragraph: `warning"
                    + " [boilerplate] boilerplate (newsletter sign-up): 'Sign up for our weekly"
                    + " newsletter'`",
            BoilerplateSettings.OPTIONS,
            Set.of(FixConfidence.SAFE, FixConfidence.LIKELY, FixConfidence.UNSURE))
            .withStatistics(LineCounts.STATISTIC);

    private BoilerplateSettings settings = BoilerplateSettings.defaults();
    private CorpusProfile profile;
    private PhraseMatcher matcher;
    /** The phrases of the kinds switched off; {@code null} when none is. */
    private PhraseMatcher disabledPhrases;
    private final CreditLines credits = new CreditLines();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        settings = BoilerplateSettings.parse(options);
        this.profile = profile;
        matcher = Lexicon.compile(settings.disabledKinds(), settings.extraPhrases());
        disabledPhrases = Lexicon.onlyKinds(settings.disabledKinds(), settings.extraPhrases());
    }

    @Override
    public Optional<Object> evidence(String source, String key) {
        if (!source.equals(LineScorer.REPETITION) || profile == null) {
            return Optional.empty();
        }
        int at = key.lastIndexOf(EvidenceLog.SEPARATOR);
        return Optional.of(LineScorer.repetition(profile, settings,
                Long.parseLong(key.substring(at + 1)), key.substring(0, at)));
    }

    /** A line's repetition reads its line counts and the document counts only. */
    @Override
    public boolean mayHaveChanged(String source, String key, StatisticChanges changes) {
        if (!source.equals(LineScorer.REPETITION)) {
            return true;
        }
        int at = key.lastIndexOf(EvidenceLog.SEPARATOR);
        return changes.documentsMoved() || changes.outletMoved(key.substring(0, at))
                || changes.lineMoved(Long.parseLong(key.substring(at + 1)));
    }

    @Override
    public void check(RuleContext context) {
        if (matcher == null) {
            matcher = Lexicon.compile(settings.disabledKinds(), settings.extraPhrases());
        }
        Document document = context.document();
        if (settings.enabled(BoilerplateKind.HEADER)) {
            document.header().filter(DateHeader::hasTrailingText)
                    .ifPresent(h -> reportGluedText(context, h));
        }
        LineScorer scorer = new LineScorer(matcher, disabledPhrases, settings, context.profile(),
                credits);
        int first = document.firstBodyLine();
        List<String> lines = new ArrayList<>(document.lineCount());
        for (int line = first; line <= document.lineCount(); line++) {
            lines.add(document.line(line));
        }
        String outlet = document.outlet();
        List<LineEvidence> evidence = new ArrayList<>(lines.size());
        for (String line : lines) {
            evidence.add(scorer.evidence(line, outlet));
        }
        for (Block block : BlockFinder.find(evidence, first,
                settings.enabled(BoilerplateKind.RELATED), settings.enabled(BoilerplateKind.STRAY),
                new StoryWords(lines, evidence))) {
            report(context, block, BlockConfidence.of(document, block, matcher));
        }
    }

    private static void report(RuleContext context, Block block, FixConfidence confidence) {
        Document document = context.document();
        String kinds = block.kinds().stream().map(BoilerplateKind::label)
                .collect(Collectors.joining(", "));
        String why = block.why().isEmpty() ? "" : "; " + String.join("; ", block.why());
        String message = "boilerplate (" + kinds + why + "): " + (block.lines() == 1
                ? "'" + quoted(document.line(block.firstLine()).strip()) + "'"
                : block.lines() + " lines");
        int[] deletion = BlockDeletion.range(document, block);
        context.report(document.lineMap().lineStart(block.firstLine()),
                document.lineMap().lineContentEnd(block.lastLine()), message,
                Fix.of(block.lines() == 1 ? "delete the line" : "delete the " + block.lines()
                        + " lines", context.edit(deletion[0], deletion[1], ""), confidence));
    }

    private static String quoted(String line) {
        return line.length() <= QUOTED_LENGTH ? line
                : line.substring(0, QUOTED_LENGTH - 1).stripTrailing() + "…";
    }

    private static void reportGluedText(RuleContext context, DateHeader header) {
        String glued = context.document().text()
                .substring(header.trailingStart(), header.lineContentEnd());
        context.report(header.trailingStart(), header.lineContentEnd(),
                "page chrome glued to the date header: '" + glued + "'",
                Fix.of("delete the text after the date",
                        context.edit(header.dateEnd(), header.lineContentEnd(), ""),
                        FixConfidence.SAFE));
    }
}
