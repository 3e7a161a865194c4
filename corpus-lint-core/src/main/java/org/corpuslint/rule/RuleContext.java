package org.corpuslint.rule;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.profile.CorpusProfile;

/** What a rule sees while checking one document, and where it reports. */
public final class RuleContext {

    private final Document document;
    private final CorpusProfile profile;
    private final RuleOptions options;
    private final RuleMetadata metadata;
    private final Severity configuredSeverity;
    private final DocumentAnalyses analyses;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param configuredSeverity the severity the user forced for this rule, or {@code null} to
     *     keep the severity the rule chooses per finding
     */
    public RuleContext(
            Document document, CorpusProfile profile, RuleOptions options, RuleMetadata metadata,
            Severity configuredSeverity) {
        this(new DocumentAnalyses(document), profile, options, metadata, configuredSeverity);
    }

    /**
     * A context sharing {@code analyses} with the other rules that check the same document.
     *
     * @param configuredSeverity as above
     */
    public RuleContext(
            DocumentAnalyses analyses, CorpusProfile profile, RuleOptions options,
            RuleMetadata metadata, Severity configuredSeverity) {
        this.analyses = analyses;
        this.document = analyses.document();
        this.profile = profile;
        this.options = options;
        this.metadata = metadata;
        this.configuredSeverity = configuredSeverity;
    }

    public Document document() {
        return document;
    }

    public CorpusProfile profile() {
        return profile;
    }

    public RuleOptions options() {
        return options;
    }

    /**
     * The result of {@code analysis} for this document: computed by the first rule that asks,
     * shared with the others ({@link DocumentAnalysis}).
     */
    public <T> T analysis(DocumentAnalysis<T> analysis) {
        return analyses.get(analysis);
    }

    /** Reports the text from {@code startOffset} to {@code endOffset} at the default severity. */
    public void report(int startOffset, int endOffset, String message) {
        report(metadata.defaultSeverity(), startOffset, endOffset, message, null);
    }

    /** Reports with a safe fix at the default severity. */
    public void report(int startOffset, int endOffset, String message, Fix fix) {
        report(metadata.defaultSeverity(), startOffset, endOffset, message, fix);
    }

    /**
     * Reports a finding. {@code severity} is the rule's own judgement for this finding; a
     * severity set in configuration takes precedence.
     */
    public void report(Severity severity, int startOffset, int endOffset, String message, Fix fix) {
        Severity effective = configuredSeverity != null ? configuredSeverity : severity;
        findings.add(new Finding(metadata.id(), effective, document.path(),
                document.position(startOffset), document.position(endOffset), message, fix,
                document.recordLocation()));
    }

    /** An edit replacing {@code startOffset..endOffset} of this document. */
    public TextEdit edit(int startOffset, int endOffset, String replacement) {
        return new TextEdit(document.position(startOffset), document.position(endOffset),
                replacement);
    }

    /** The findings reported so far. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
