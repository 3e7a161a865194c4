package org.corpuslint.rules.caption;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpuslint.document.Document;
import org.corpuslint.text.credit.Agencies;
import org.corpuslint.text.credit.Credit;
import org.corpuslint.text.credit.CreditParser;

/**
 * The photo structure of one document: which lines are credits, which are captions, and which
 * captions lost their credit. {@link GalleryBlocks} pairs captions with the credits below
 * them; this class classifies the lines and handles the other forms (labelled captions,
 * descriptions in the prose, credits in a row).
 */
final class PhotoLayout {

    /** What a line is. */
    enum Kind { BLANK, TEXT, CREDIT, CREDITED_CAPTION, LABELLED_CAPTION }

    /** A credit line right after another credit line. */
    record Orphan(int line, int previousCredit) {}

    /** {@code Image caption, ...}, {@code Caption: ...}: a caption that says it is one. */
    static final Pattern CAPTION_LABEL =
            Pattern.compile("(?i)^(?:(?:image|picture|photo|video)\\s+)?caption\\s*[,:]\\s*\\S.*");
    /** Longer lines are prose paragraphs: not searched for inline credits. */
    private static final int MAX_CAPTION_CHARS = 600;

    private final Document document;
    private final Kind[] kinds;
    private final Credit[] credits;
    private final BitSet captions = new BitSet();
    private final List<Integer> unattributed = new ArrayList<>();
    private final List<Integer> descriptions = new ArrayList<>();
    private final List<Orphan> orphans = new ArrayList<>();

    private PhotoLayout(Document document) {
        this.document = document;
        this.kinds = new Kind[document.lineCount() + 2];
        this.credits = new Credit[document.lineCount() + 2];
    }

    static PhotoLayout of(Document document, CreditParser parser, Agencies agencies) {
        PhotoLayout layout = new PhotoLayout(document);
        layout.classify(parser);
        layout.findDescriptions(agencies);
        if (layout.creditElements() > 0) {
            layout.markCreditedCaptions();
            layout.findLabelledCaptions();
        }
        if (layout.creditElements() > 0) {
            layout.findCreditsByPosition();
            new GalleryBlocks(layout).analyse(); // one credit shows how the photos are laid out
        }
        layout.findOrphans();
        return layout;
    }

    /** Captions whose credit was lost, by line number. */
    List<Integer> unattributedCaptions() {
        return unattributed;
    }

    /** Prose paragraphs describing a photo, with no credit, by line number. */
    List<Integer> uncreditedDescriptions() {
        return descriptions;
    }

    List<Orphan> orphanCredits() {
        return orphans;
    }

    /** Whether {@code line} is a caption (credited or not) of a photo. */
    boolean isCaption(int line) {
        return captions.get(line);
    }

    /** Whether blank lines part the document's paragraphs; without them prose runs on. */
    boolean hasBlankLines() {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] == Kind.BLANK) {
                return true;
            }
        }
        return false;
    }

    Document document() {
        return document;
    }

    Kind kind(int line) {
        return line >= 1 && line <= document.lineCount() ? kinds[line] : Kind.BLANK;
    }

    String text(int line) {
        return document.line(line);
    }

    boolean isCreditElement(int line) {
        Kind kind = kind(line);
        return kind == Kind.CREDIT || kind == Kind.CREDITED_CAPTION;
    }

    boolean isGroupCredit(int line) {
        return kind(line) == Kind.CREDIT && credits[line].group();
    }

    /** A credit line that belongs to the labelled caption below it ({@code Image source, ...}). */
    boolean creditsLabelledCaptionBelow(int line) {
        return kind(line) == Kind.CREDIT && kind(nextNonBlank(line)) == Kind.LABELLED_CAPTION;
    }

    void markCaption(int line) {
        captions.set(line);
    }

    void reportUnattributed(int line) {
        captions.set(line);
        unattributed.add(line);
    }

    int nextNonBlank(int line) {
        int next = line + 1;
        while (next <= document.lineCount() && kinds[next] == Kind.BLANK) {
            next++;
        }
        return next;
    }

    int previousNonBlank(int line) {
        int previous = line - 1;
        while (previous >= document.firstBodyLine() && kinds[previous] == Kind.BLANK) {
            previous--;
        }
        return previous;
    }

    private int creditElements() {
        int count = 0;
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (isCreditElement(line)) {
                count++;
            }
        }
        return count;
    }

    private void classify(CreditParser parser) {
        for (int line = 1; line <= document.lineCount(); line++) {
            String text = document.line(line);
            credits[line] = line < document.firstBodyLine() || text.isBlank() ? null
                    : parser.line(text).orElse(null);
        }
        Set<String> creditNames = RepeatedNameCredits.find(document, credits);
        for (int line = 1; line <= document.lineCount(); line++) {
            String text = document.line(line);
            if (line < document.firstBodyLine()) {
                kinds[line] = Kind.TEXT;
            } else if (text.isBlank() || CaptionText.isGalleryCounter(text)) {
                kinds[line] = Kind.BLANK; // a slide's position parts photos as a blank line does
            } else if (credits[line] != null) {
                kinds[line] = Kind.CREDIT;
            } else if (line > document.firstBodyLine() && !creditNames.isEmpty()
                    && creditNames.contains(text.strip())) {
                credits[line] = new Credit(false);
                kinds[line] = Kind.CREDIT;
            } else if (text.length() <= MAX_CAPTION_CHARS && parser.inlineStart(text) > 0) {
                kinds[line] = Kind.CREDITED_CAPTION;
            } else if (mayBeCaptionLabel(text)
                    && CAPTION_LABEL.matcher(text.strip()).matches()) {
                kinds[line] = Kind.LABELLED_CAPTION;
            } else {
                kinds[line] = Kind.TEXT;
            }
        }
    }

    /**
     * Whether {@code text} may match {@link #CAPTION_LABEL}: every word the pattern can open
     * with ({@code image}, {@code picture}, {@code photo}, {@code video}, {@code caption})
     * starts with one of these ASCII letters, in either case.
     */
    static boolean mayBeCaptionLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return "iIpPvVcC".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * In a run of lines holding a credit (a credit line, or a caption carrying its own), a short
     * name with no sentence in it standing between two captions is the credit of the first,
     * whatever agency it names ({@code Mediapunch}, {@code Jane Doe}).
     */
    private void findCreditsByPosition() {
        for (int line = document.firstBodyLine() + 1; line < document.lineCount(); line++) {
            String text = document.line(line).strip();
            String above = document.line(line - 1);
            if (kinds[line] == Kind.TEXT && NameLine.is(text)
                    && kinds[line - 1] == Kind.TEXT
                    && (kinds[line + 1] == Kind.TEXT || kinds[line + 1] == Kind.CREDITED_CAPTION)
                    && !CaptionText.isLeadIn(above) && CaptionText.hasLowercaseWord(above)
                    && CaptionText.hasLowercaseWord(document.line(line + 1))
                    && runHoldsCreditLine(line)) {
                kinds[line] = Kind.CREDIT;
                credits[line] = new Credit(false);
            }
        }
    }

    /** Whether the lines around {@code line}, up to the blank lines, hold a credit. */
    private boolean runHoldsCreditLine(int line) {
        for (int i = line - 1; i >= document.firstBodyLine() && kinds[i] != Kind.BLANK; i--) {
            if (isCreditElement(i)) {
                return true;
            }
        }
        for (int i = line + 1; i <= document.lineCount() && kinds[i] != Kind.BLANK; i++) {
            if (isCreditElement(i)) {
                return true;
            }
        }
        return false;
    }

    /** The line a credit line follows, and a line carrying its own credit, are captions. */
    private void markCreditedCaptions() {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] == Kind.CREDITED_CAPTION) {
                captions.set(line);
            } else if (kinds[line] == Kind.CREDIT && kind(previousNonBlank(line)) == Kind.TEXT
                    && previousNonBlank(line) > document.firstBodyLine()) {
                captions.set(previousNonBlank(line));
            }
        }
    }

    /** A labelled caption is credited by the credit line just above or just below it. */
    private void findLabelledCaptions() {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] != Kind.LABELLED_CAPTION) {
                continue;
            }
            int below = nextNonBlank(line);
            boolean credited = kind(previousNonBlank(line)) == Kind.CREDIT
                    || kind(below) == Kind.CREDIT && !creditsLabelledCaptionBelow(below);
            if (credited) {
                captions.set(line);
            } else {
                reportUnattributed(line);
            }
        }
    }

    /**
     * Two different credit lines in a row; the same one twice is a duplicated line. Three or
     * more credit lines in a row are no lost caption but a list of photos whose caption is a
     * name written with its credit ({@code Jane Doe Submitted photo}), or that have no caption.
     */
    private void findOrphans() {
        int line = document.firstBodyLine();
        while (line <= document.lineCount()) {
            if (kinds[line] != Kind.CREDIT) {
                line++;
                continue;
            }
            List<Integer> row = new ArrayList<>(List.of(line)); // a repeated line counts once
            int last = line;
            for (int next = nextNonBlank(line); kind(next) == Kind.CREDIT;
                    next = nextNonBlank(next)) {
                if (!text(next).strip().equals(text(last).strip())) {
                    row.add(next);
                }
                last = next;
            }
            if (row.size() == 2) {
                orphans.add(new Orphan(row.get(1), previousNonBlank(row.get(1))));
            }
            line = last + 1;
        }
    }

    private void findDescriptions(Agencies agencies) {
        for (int line = document.firstBodyLine(); line <= document.lineCount(); line++) {
            if (kinds[line] == Kind.TEXT && !captions.get(line)
                    && ImageDescription.describesPhoto(text(line), agencies)
                    && kind(nextNonBlank(line)) != Kind.CREDIT) {
                descriptions.add(line);
                captions.set(line);
            }
        }
    }
}
