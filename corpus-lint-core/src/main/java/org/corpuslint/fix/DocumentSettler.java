package org.corpuslint.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.corpuslint.document.Document;
import org.corpuslint.document.SourceRecord;
import org.corpuslint.engine.DocumentChecker;
import org.corpuslint.model.Finding;

/**
 * Brings one document to the text with no fix left to apply: applies the fixes that
 * {@link FixSelection} accepts together, checks the new text again (against the corpus profile of
 * the lint) and applies the fixes still proposed, up to {@value #MAX_PASSES} passes.
 */
final class DocumentSettler {

    static final int MAX_PASSES = 10;

    /** The settled text, the number of fixes in it, and why some were set aside. */
    record Settled(String text, int applied, List<String> notes) {}

    private final DocumentChecker checker;
    private final Predicate<Finding> applies;

    DocumentSettler(DocumentChecker checker, Predicate<Finding> applies) {
        this.checker = checker;
        this.applies = applies;
    }

    Settled settle(String path, String text, List<Finding> fixes) {
        return settle(path, text, null, fixes);
    }

    /** As above, for a record of a JSON Lines file: rechecked with its fields. */
    Settled settle(String path, String text, SourceRecord record, List<Finding> fixes) {
        String current = text;
        int applied = 0;
        List<String> notes = new ArrayList<>();
        List<Finding> pending = fixes;
        for (int pass = 1; pass <= MAX_PASSES && !pending.isEmpty(); pass++) {
            FixSelection selection = FixSelection.select(pending, current.length());
            current = selection.apply(current);
            applied += selection.accepted().size();
            for (FixSelection.Conflict c : selection.conflicts()) {
                notes.add("the fix of [" + c.finding().ruleId() + "] at "
                        + c.finding().start() + " overlaps the fix of ["
                        + c.acceptedFinding().ruleId() + "] at " + c.acceptedFinding().start()
                        + "; it was checked again after that fix");
            }
            pending = checker.check(new Document(path, current, record)).stream().filter(applies)
                    .toList();
        }
        if (!pending.isEmpty()) {
            notes.add("fixes still remain after " + MAX_PASSES + " passes (rules whose fixes"
                    + " undo each other?); run fix again and check the result");
        }
        return new Settled(current, applied, notes);
    }
}
