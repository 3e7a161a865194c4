package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

class OrphanCreditRuleTest extends FixtureFindingsTest {

    private static String orphan(String at, int previous) {
        return at + " info [orphan-credit] credit line follows the credit on line " + previous
                + " with no caption between; a caption may have been lost";
    }

    /**
     * Two different credits in a row are orphans; the same credit twice in a row (line 25 of
     * chained-credits) is left to duplicate-line.
     */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "chained-credits.txt", List.of(
                    orphan("chained-credits.txt:21:1-21:41", 20),
                    orphan("chained-credits.txt:24:1-24:32", 23)));

    @Override
    Map<String, List<String>> expected() {
        return EXPECTED;
    }

    @Override
    Supplier<Rule> rule() {
        return OrphanCreditRule::new;
    }

    @Test
    void blankLinesBetweenCreditsDoNotHideTheOrphan() {
        assertEquals(List.of(orphan("a.txt:5:1-5:16", 3)), RuleFixture.corpus().doc("a.txt",
                " date 2024-05-20", "A ferry leaves the quay.", "Jane Doe / NTB", "",
                "Per Lunde / AFP").findings(OrphanCreditRule::new));
    }

    @Test
    void aRowOfThreeOrMoreCreditLinesIsAListOfPhotosNotOrphans() {
        // Portraits whose caption is the person's name written before a shared credit phrase.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Three arrested after harbour raid", "", "Police named the three on Monday.", "",
                "Jonas Berg Police handout photo", "", "Marta Lunde Police handout photo", "",
                "Omar Haddad Police handout photo", "", "All three were released on bail.")
                .findings(OrphanCreditRule::new));
    }

    @Test
    void aTitleCaseHeadlineNamingAnAgencyIsNoCredit() {
        // Related-story links below the article: the first names an agency, the second opens
        // with a plural label; neither is a credit of a lost photo.
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "Ferry strike ends", "", "The strike ended on Monday after two weeks of talks.",
                "", "NASA Probe Finds Fresh Ice On The Far Side Of The Moon",
                "Photos: Harbours, Lighthouses and Ferries of the North",
                "Island Council: Ten Years of the New Terminal").findings(OrphanCreditRule::new));
    }

    @Test
    void creditAfterACaptionIsNoOrphan() {
        assertEquals(List.of(), RuleFixture.corpus().doc("a.txt", " date 2024-05-20",
                "A ferry leaves the quay.", "Jane Doe / NTB", "A trawler unloads its catch.",
                "Per Lunde / AFP").findings(OrphanCreditRule::new));
    }
}
