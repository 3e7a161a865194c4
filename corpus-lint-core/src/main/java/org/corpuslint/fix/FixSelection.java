package org.corpuslint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.TextEdit;

/**
 * The fixes of one document that can be applied together: taken in report order, a fix is
 * accepted when none of its edits overlaps an edit already accepted; otherwise it is set aside
 * (the document is checked again after the accepted fixes, and a fix that still applies is taken
 * then). A fix equal to one already accepted (two findings proposing the same correction) is
 * applied once.
 */
final class FixSelection {

    /** A fix that overlaps an accepted one, and the finding whose fix it collided with. */
    record Conflict(Finding finding, Finding acceptedFinding) {}

    private final List<Finding> accepted = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<Finding> editOwners = new ArrayList<>();

    /** Selects among {@code findings} (each with a fix) of a document of {@code textLength}. */
    static FixSelection select(List<Finding> findings, int textLength) {
        FixSelection selection = new FixSelection();
        for (Finding finding : findings) {
            selection.offer(finding, textLength);
        }
        return selection;
    }

    private void offer(Finding finding, int textLength) {
        Fix fix = finding.fix();
        for (Finding taken : accepted) {
            if (taken.fix().edits().equals(fix.edits())) {
                return; // the same correction, proposed twice
            }
        }
        for (TextEdit edit : fix.edits()) {
            if (edit.end().offset() > textLength) {
                return; // cannot happen for a fix of this text; never apply a stale edit
            }
            for (int i = 0; i < edits.size(); i++) {
                if (overlap(edit, edits.get(i))) {
                    conflicts.add(new Conflict(finding, editOwners.get(i)));
                    return;
                }
            }
        }
        accepted.add(finding);
        for (TextEdit edit : fix.edits()) {
            edits.add(edit);
            editOwners.add(finding);
        }
    }

    /**
     * Two edits collide when their ranges share a character, when one inserts strictly inside
     * the other's range, or when both insert at the same place (their order would be a guess).
     * Edits that only touch ({@code [2,5)} and {@code [5,7)}, or an insertion at a range's edge)
     * do not.
     */
    static boolean overlap(TextEdit a, TextEdit b) {
        int as = a.start().offset();
        int ae = a.end().offset();
        int bs = b.start().offset();
        int be = b.end().offset();
        if (as == ae && bs == be) {
            return as == bs;
        }
        return as < be && bs < ae;
    }

    List<Finding> accepted() {
        return List.copyOf(accepted);
    }

    List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * {@code text} with the accepted edits applied, from the last to the first so that earlier
     * offsets stay valid. At one offset, a replacement goes before an insertion, so the inserted
     * text ends up in front of the replaced text.
     */
    String apply(String text) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.start().offset())
                .thenComparingInt(e -> e.end().offset()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : ordered) {
            out.replace(edit.start().offset(), edit.end().offset(), edit.replacement());
        }
        return out.toString();
    }
}
