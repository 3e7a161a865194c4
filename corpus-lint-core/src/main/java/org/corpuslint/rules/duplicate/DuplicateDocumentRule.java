package org.corpuslint.rules.duplicate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.DuplicateSignatures;
import org.corpuslint.rule.ClusterSource;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.EvidenceSource;
import org.corpuslint.rule.Rule;
import org.corpuslint.profile.EvidenceLog;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;

/**
 * A document that is a copy of another in the corpus: exactly, or nearly (wire copy in several
 * outlets, a page scraped twice with different chrome, an updated version). The clusters are
 * the profile's ({@link CorpusProfile#duplicateClusters}), found once per run from the corpus's
 * {@link DuplicateSignatures} and shared with the other rules that read them; each
 * non-canonical copy is reported once, pointing at the copy to keep.
 */
public final class DuplicateDocumentRule implements Rule, ClusterSource, EvidenceSource {

    public static final String ID = "duplicate-document";

    static final RuleOption<Double> THRESHOLD = new RuleOption<>("threshold",
            OptionType.number(0.5, 1),
            Double.toString(DuplicateClusters.DEFAULT_THRESHOLD),
            "the estimated Jaccard similarity of two documents' word four-grams from which they"
                    + " count as near-duplicates");

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.INFO,
            "The document is a copy or near-copy of another document of the corpus.",
            "Duplicated articles weigh a story several times in a training set, leak between"
                    + " training and test splits and inflate every count. The rule finds exact"
                    + " duplicates (the same text once white space is collapsed; the date header"
                    + " line does not count) and near-duplicates: documents whose sets of word"
                    + " four-grams have a Jaccard similarity of at least `threshold`, estimated"
                    + " with MinHash and found with locality-sensitive hashing, so the corpus is"
                    + " never compared pair by pair. Copies of copies join one cluster. In each"
                    + " cluster the copy to keep is the earliest dated, else the one with the"
                    + " fewest lines that are not prose (page chrome, captions), else the first"
                    + " by path; every other member is reported once, naming it and the"
                    + " similarity: a warning for an exact duplicate, info for a near one. There"
                    + " is no fix (deleting files is the user's call); the JSON report lists the"
                    + " clusters.",
            "`politics/vote-copy.txt` repeating `politics/vote.txt` with a share bar added:"
                    + " `info [duplicate-document] near-duplicate of politics/vote.txt (estimated"
                    + " similarity 0.91; 2 documents in the cluster)`.",
            List.of(THRESHOLD), Set.of())
            .withStatistics(DuplicateSignatures.STATISTIC);

    /** Evidence query name ({@link EvidenceLog}): a document's place in its cluster. */
    static final String COPY = ID + ".copy";

    private DuplicateClusters clusters;

    @Override
    public Optional<Object> evidence(String source, String key) {
        return source.equals(COPY) ? Optional.of(placeOf(key)) : Optional.empty();
    }

    /** What a document's findings read of the clusters: its copy, canonical and cluster size. */
    private String placeOf(String key) {
        return clusters.copy(key).map(c -> c + " of " + clusters.clusterOfCopy(key)
                .map(k -> k.canonical() + " in " + k.size()).orElse("")).orElse("");
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        clusters = profile.duplicateClusters(options.value(THRESHOLD));
    }

    @Override
    public List<DuplicateCluster> clusters() {
        return clusters.clusters();
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        EvidenceLog.note(COPY, document.key(), placeOf(document.key()));
        Optional<DuplicateCluster.Copy> copy = clusters.copy(document.key());
        if (copy.isEmpty()) {
            return;
        }
        DuplicateCluster cluster = clusters.clusterOfCopy(document.key()).orElseThrow();
        int line = firstTextLine(document);
        int start = document.lineMap().lineStart(line);
        int end = document.lineMap().lineContentEnd(line);
        String size = cluster.size() + " documents in the cluster";
        if (copy.get().exact()) {
            context.report(Severity.WARNING, start, end, "exact duplicate of "
                    + cluster.canonical() + " (the same text once white space is collapsed; "
                    + size + ")", null);
        } else {
            context.report(Severity.INFO, start, end, String.format(Locale.ROOT,
                    "near-duplicate of %s (estimated similarity %.2f; %s)", cluster.canonical(),
                    copy.get().similarity(), size), null);
        }
    }

    /** The first non-blank line of the body: the headline, usually. */
    private static int firstTextLine(Document document) {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (!document.line(line).isBlank()) {
                return line;
            }
        }
        return Math.min(document.firstBodyLine(), document.lineCount());
    }
}
