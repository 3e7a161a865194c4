package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_3;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deals story lists products laid out as cards (name, features, price, store), which looks
 * like a box of links and a shop button; prices tell the two apart.
 */
class ProductListsTest {

    @Test
    void theStoreLineUnderAPriceBelongsToTheOfferButTheButtonIsChrome() {
        assertEquals(List.of(oneLine(10, "Buy now", "shop button", "10:1-11:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                        "Harbour Lantern Deluxe",
                        "£24.99",
                        "Available from the Quayside Hardware Store",
                        "Buy now"));
    }

    @Test
    void withoutAPriceAboveItTheStoreLineIsAShopButton() {
        assertEquals(List.of("a.txt:8:1-9:8 warning [boilerplate] boilerplate (shop button):"
                + " 2 lines | fix: delete the 2 lines => 8:1-10:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "",
                        "Harbour Lantern Deluxe",
                        "Available from the Quayside Hardware Store",
                        "Buy now"));
    }

    @Test
    void aListUnderARelatedHeadingThatHoldsAPriceIsTheStorysProducts() {
        assertEquals(List.of(oneLine(9, "You may also like", "related-content teaser",
                "9:1-11:1")),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "You may also like", "",
                        "Harbour Lantern Deluxe",
                        "Brass frame with a storm glass",
                        "$39.50"));
    }

    @Test
    void theSameListWithoutAPriceIsABoxOfLinks() {
        assertEquals(List.of("a.txt:9:1-13:45 warning [boilerplate] boilerplate (related-content"
                + " teaser; list of links under a related heading): 4 lines | fix: delete the 4"
                + " lines => 8:1-14:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "You may also like", "",
                        "Harbour Lantern Deluxe",
                        "Brass frame with a storm glass",
                        "Lighthouse keepers vote to keep the old lamp"));
    }

    @Test
    void aRunOfProductLinesWithItsPriceAfterTheStoryStaysQuiet() {
        assertEquals(List.of(),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "Harbour Lantern Deluxe with Brass Frame",
                        "Storm glass that survives a winter gale",
                        "Now $39.50"));
        assertEquals(List.of("a.txt:9:1-11:39 warning [boilerplate] boilerplate"
                + " (related-content teaser; run of headline-shaped lines after the story):"
                + " 3 lines | fix: delete the 3 lines => 8:1-12:1 \"\""),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "Harbour Lantern Deluxe with Brass Frame",
                        "Storm glass that survives a winter gale",
                        "Ferry timetable changes for the winter"));
    }

    @Test
    void featuresListedAboveTheProductsNameAndPriceAreTheStorys() {
        assertEquals(List.of(),
                findings(TITLE, "", PROSE_1, "", PROSE_2, "", PROSE_3, "",
                        "Brass frame that takes a storm glass",
                        "Wick lasts for ten nights at sea",
                        "Folds flat for a ship's locker", "",
                        "Harbour Lantern Deluxe",
                        "$39.50"));
    }
}
