package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findingsOfRaw;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases of the five real seed articles, on invented articles of the same layout: glued
 * header text, a skip link at the top, a donation appeal after photo captions as one block,
 * a comment prompt as the last line, a share button at the top and a tip line at the end, with
 * the prose around them quiet.
 */
class SeedCasesTest {

    @Test
    void supportTextGluedToTheDateHeader() {
        assertEquals(List.of("a.txt:1:18-1:46 warning [boilerplate] page chrome glued to the"
                + " date header: 'Support The Harbour Gazette!' | fix: delete the text after"
                + " the date => 1:17-1:46 \"\""),
                findingsOfRaw(" date 2024-06-19 Support The Harbour Gazette!\n"
                        + "In Photos: Island Ferries Return\n\n" + BoilerplateFixtures.PROSE_1
                        + "\nA ferry leaves the harbour at dawn.\nAnna Berg / Harbour Gazette\n"));
    }

    @Test
    void skipLinkAtTheTop() {
        String text = "Skip to main content\n"
                + "The first ferry of the season leaves the harbour\n"
                + "stories\n\n"
                + "Island ferries return — in photos\n\n"
                + BoilerplateFixtures.PROSE_1 + "\n";
        assertEquals(List.of("a.txt:1:1-1:21 warning [boilerplate] boilerplate (navigation"
                + " link): 'Skip to main content' | fix: delete the line => 1:1-2:1 \"\""),
                findingsOfRaw(text));
        assertEquals(text.substring("Skip to main content\n".length()), fixed(text));
    }

    private static final String APPEAL_ARTICLE = "Island ferries return\n\n"
            + BoilerplateFixtures.PROSE_1 + "\n\n"
            + "A ferry leaves the harbour at dawn\n"
            + "Anna Berg / Harbour Gazette\n"
            + "Passengers queue on the quay\n"
            + "Anna Berg / Harbour Gazette\n\n"
            + "What happens on the islands matters to you too. Help the Gazette keep reporting"
            + " from every harbour by setting up a monthly donation.\n\n"
            + "The Gazette made it through the winter thanks to its readers!\n\n"
            + "Let’s keep going in 2025.\n\n"
            + "Local reporting needs people who care about it. Please support the Gazette by"
            + " signing up for a recurring donation.\n\n"
            + "Any amount";

    @Test
    void donationAppealAfterTheCaptionsIsOneBlock() {
        assertEquals(List.of("a.txt:10:1-18:11 warning [boilerplate] boilerplate (donation"
                + " appeal): 5 lines | fix: delete the 5 lines => 8:28-18:11 \"\""),
                findingsOfRaw(APPEAL_ARTICLE));
        // The file had no final line break, and still has none.
        assertEquals(APPEAL_ARTICLE.substring(0, APPEAL_ARTICLE.indexOf("\n\nWhat happens")),
                fixed(APPEAL_ARTICLE));
    }

    @Test
    void commentPromptAsTheLastLine() {
        String text = BoilerplateFixtures.PROSE_1 + "\n" + BoilerplateFixtures.PROSE_2 + "\n"
                + "“I have never seen the harbour so busy,” said one skipper.\n"
                + "Add new comment";
        assertEquals(List.of("a.txt:4:1-4:16 warning [boilerplate] boilerplate (comment"
                + " prompt): 'Add new comment' | fix: delete the line => 3:59-4:16 \"\""),
                findingsOfRaw(text));
    }

    private static final String NEWS_ARTICLE = "Share\n\n"
            + "Rare Photos Show Ferries Back on the Island Routes\n\n\n"
            + BoilerplateFixtures.PROSE_1 + "\n\n"
            + "The Gazette has contacted the Island Transport Ministry for comment.\n\n"
            + "The Gazette shares photos from the first crossing below.\n\n"
            + BoilerplateFixtures.PROSE_2 + "\n\n"
            + "Know something we should be reporting on? Any questions about this"
            + " article? Tell us at\u202Ftips@harbourgazette.example.";

    @Test
    void shareButtonAtTheTopAndTipLineAtTheEnd() {
        assertEquals(List.of(
                "a.txt:1:1-1:6 warning [boilerplate] boilerplate (share/follow prompt): 'Share'"
                        + " | fix: delete the line => 1:1-3:1 \"\"",
                "a.txt:14:1-14:116 warning [boilerplate] boilerplate (tip/contact line): 'Know"
                        + " something we should be reporting on? Any questions abo…' | fix:"
                        + " delete the line => 12:126-14:116 \"\""),
                findingsOfRaw(NEWS_ARTICLE));
    }

    @Test
    void proseAroundTheChromeStaysInTheFixedText() {
        String fixed = fixed(NEWS_ARTICLE);
        assertEquals(true, fixed.startsWith("Rare Photos Show Ferries"));
        assertEquals(true, fixed.endsWith(BoilerplateFixtures.PROSE_2));
        assertEquals(true, fixed.contains("for comment.\n\nThe Gazette shares photos"));
    }
}
