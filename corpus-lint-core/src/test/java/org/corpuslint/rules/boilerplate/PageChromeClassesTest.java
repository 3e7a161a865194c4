package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds of page chrome that real pages leave: each found, each named in the message. */
class PageChromeClassesTest {

    @Test
    void menuItemUnderTheTitle() {
        assertEquals(List.of(oneLine(2, "About the Gazette", "navigation link", "2:1-4:1")),
                findings(TITLE, "About the Gazette", "", PROSE_1, "", PROSE_2));
        assertEquals(List.of(oneLine(2, "Search listings", "navigation link", "2:1-4:1")),
                findings(TITLE, "Search listings", "", PROSE_1, "", PROSE_2));
    }

    @Test
    void previousAndNextStory() {
        assertEquals(List.of(oneLine(7, "Newer post", "navigation link", "6:1-8:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "Newer post"));
    }

    @Test
    void legalFooter() {
        String notice = "The Gazette is not responsible for external sites; see our editorial"
                + " policy.";
        assertEquals(List.of("a.txt:7:1-7:" + (notice.length() + 1) + " warning [boilerplate]"
                + " boilerplate (legal notice): 'The Gazette is not responsible for external"
                + " sites; see our…' | fix: delete the line => 6:1-8:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", notice));
        // One legal phrase in a third-person sentence is something the story may say.
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                "The council is not responsible for the state of the old harbour wall."));
        assertEquals(List.of(oneLine(5, "Reprints", "legal notice", "5:1-7:1")),
                findings(withMiddle("Reprints")));
    }

    @Test
    void affiliateDisclosure() {
        String line = "We may earn a commission from links on this page.";
        assertEquals(List.of(oneLine(5, line, "affiliate disclosure", "5:1-7:1")),
                findings(withMiddle(line)));
    }

    @Test
    void shopButton() {
        assertEquals(List.of(oneLine(5, "Buy now", "shop button", "5:1-7:1")),
                findings(withMiddle("Buy now")));
    }

    @Test
    void galleryCounters() {
        assertEquals(List.of(oneLine(5, "Image 4 of 18", "gallery counter", "5:1-7:1")),
                findings(withMiddle("Image 4 of 18")));
        assertEquals(List.of(oneLine(5, "4 / 18", "gallery counter", "5:1-7:1")),
                findings(withMiddle("4 / 18")));
    }

    @Test
    void commentSectionChrome() {
        assertEquals(List.of(oneLine(7, "View all 31 replies", "comment prompt", "6:1-8:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "View all 31 replies"));
        String notice = "Comments are being moderated before they appear.";
        assertEquals(List.of(oneLine(5, notice, "comment prompt", "5:1-7:1")),
                findings(withMiddle(notice)));
    }

    @Test
    void linkTextsGluedTogether() {
        assertEquals(List.of(oneLine(7, "Cookie PolicyTerms of UseAd Choices", "cookie notice",
                "6:1-8:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", "Cookie PolicyTerms of UseAd Choices"));
    }

    @Test
    void houseMagazinePromo() {
        String promo = "Subscribe to our sister magazine for a year of island walks.";
        assertEquals(List.of(oneLine(7, promo, "subscription notice", "6:1-8:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", promo));
    }
}
