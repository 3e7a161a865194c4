package org.corpuslint.rules.caption;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpuslint.document.Document;
import org.corpuslint.text.credit.Credit;

/**
 * Short names that credit photos although no agency list knows them ({@code Press Eye},
 * {@code Harbour Light Studio}): the same name of two words or more standing on its own line
 * at least twice, each time right below a different caption-shaped line (or a credit). A
 * repeated line of one word ({@code Advertisement}, {@code Comments}), a button below the same
 * disclosure each time ({@code Buy Now}) or a byline below another name is page furniture.
 */
final class RepeatedNameCredits {

    private RepeatedNameCredits() {}

    /** The texts of the lines that are such names; {@code credits} holds the parsed credits. */
    static Set<String> find(Document document, Credit[] credits) {
        Map<String, List<Integer>> occurrences = new HashMap<>();
        for (int line = document.firstBodyLine() + 1; line <= document.lineCount(); line++) {
            String text = document.line(line).strip();
            if (credits[line] == null && text.indexOf(' ') > 0
                    && NameLine.is(text)) {
                occurrences.computeIfAbsent(text, k -> new java.util.ArrayList<>()).add(line);
            }
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, List<Integer>> entry : occurrences.entrySet()) {
            if (entry.getValue().size() >= 2 && belowCaptions(document, credits, entry.getValue())) {
                names.add(entry.getKey());
            }
        }
        return names;
    }

    private static boolean belowCaptions(Document document, Credit[] credits, List<Integer> lines) {
        Set<String> captions = new HashSet<>();
        for (int line : lines) {
            int above = line - 1;
            while (above > document.firstBodyLine() && document.line(above).isBlank()) {
                above--;
            }
            String text = document.line(above).strip();
            if (credits[above] != null) {
                continue;
            }
            if (above <= document.firstBodyLine() || !captionShaped(text)) {
                return false;
            }
            captions.add(text);
        }
        return captions.size() >= 2;
    }

    private static boolean captionShaped(String text) {
        int words = CaptionText.wordCount(text);
        return words >= 3 && CaptionText.captionLike(text) && CaptionText.hasLowercaseWord(text);
    }
}
