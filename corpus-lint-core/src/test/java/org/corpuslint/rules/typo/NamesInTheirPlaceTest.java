package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Name slips decided by where the name stands: after a nationality, after a title of address,
 * beside a word the corpus pairs with the intended word, alone as a capitalised common word
 * cut short, and with the last letter of a listed name struck on a neighbouring key. Each class
 * is pinned found and quiet on sentences written for these tests.
 */
class NamesInTheirPlaceTest {

    private static RuleFixture corpus(String... documents) {
        return EverydayCorpus.with(documents);
    }

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    private static final String COACH = "Carlo Bertoni arrived on Monday. The coach Bertoni"
            + " spoke to the players. Bertoni won the cup. ";

    @Test
    void nationalityBeforeASurnameIsNoGivenName() {
        assertEquals(List.of("x.txt:1:108-1:115 error [typo] 'Bertnoi' is close to 'Bertoni',"
                        + " used 3 times in this document and 3 times in the corpus"
                        + " | fix: replace with 'Bertoni' => 1:108-1:115 \"Bertoni\""),
                findings(corpus().doc("x.txt", COACH + "Then Italian Bertnoi left.")));
    }

    @Test
    void givenNameBeforeTheSameFormIsAnotherPerson() {
        assertEquals(List.of(),
                findings(corpus().doc("x.txt", COACH + "Then Paolo Bertnoi left.")));
    }

    private static final String TEACHER = "Fiona Banks teaches. \"It is hard,\" said Ms Banks."
            + " The school agreed. ";

    @Test
    void slipOfASurnameTheArticleWritesAfterATitle() {
        assertEquals(List.of("x.txt:1:93-1:98 error [typo] 'Bamks' is close to 'Banks', used 2"
                        + " times in this document and 2 times in the corpus"
                        + " | fix: replace with 'Banks' => 1:93-1:98 \"Banks\""),
                findings(corpus().doc("x.txt", TEACHER + "It costs more, said Ms Bamks.")));
    }

    @Test
    void sameSlipWithoutATitleStaysQuiet() {
        // The article writes Banks inside a sentence once: too few to make a name of the
        // article (NamesOfTheArticleTest), and the slip follows no title.
        assertEquals(List.of(), findings(corpus().doc("x.txt", "Banks teaches. \"It is hard,\""
                + " said Ms Banks. The school agreed. It costs more, said Bamks.")));
    }

    @Test
    void sameSlipWithoutATitleWhereTheArticleNamesTheSurnameTwiceInsideSentences() {
        assertEquals(List.of("x.txt:1:90-1:95 error [typo] 'Bamks' is close to 'Banks', used 2"
                        + " times in this document and 2 times in the corpus"
                        + " | fix: replace with 'Banks' => 1:90-1:95 \"Banks\""),
                findings(corpus().doc("x.txt", TEACHER + "It costs more, said Bamks.")));
    }

    /** The corpus writes Supreme Court twice; Cokrt strikes k for u, no neighbouring key. */
    private static RuleFixture courts() {
        return corpus("The court sat. A court ruled. Courts agree. The court rose. Court cases.",
                "The Supreme Court ruled.", "The Supreme Court spoke.");
    }

    @Test
    void farKeyInsideANameTheCorpusWritesBesideTheSameNeighbour() {
        assertEquals(List.of("x.txt:1:11-1:16 error [typo] 'Cokrt' is close to 'Court', as in"
                        + " 'Supreme Court', 2 times in the corpus"
                        + " | fix: replace with 'Court' => 1:11-1:16 \"Court\""),
                findings(courts().doc("x.txt", "A Supreme Cokrt judge spoke.")));
    }

    @Test
    void farKeyBesideAnotherNeighbourStaysQuiet() {
        assertEquals(List.of(), findings(courts().doc("x.txt", "A Royal Cokrt judge spoke.")));
    }

    private static RuleFixture parliaments(int uses) {
        return corpus("The Parliament met today. ".repeat(uses), "A parliament is a place.");
    }

    @Test
    void capitalisedCommonWordCutShortAlone() {
        assertEquals(List.of("x.txt:1:18-1:27 warning [typo] 'Parliamen's' is close to"
                        + " 'Parliament's', used 20 times in the corpus"), findings(parliaments(20)
                .doc("x.txt", "They ignored the Parliamen's request.")));
    }

    @Test
    void capitalisedCommonWordCutShortBesideAnotherNameStaysQuiet() {
        assertEquals(List.of(), findings(parliaments(20)
                .doc("x.txt", "They met Parliamen Zorbak.")));
    }

    private static RuleFixture lawrences() {
        return corpus("Lawrence Smith spoke.", "Lawrence said so.", "We met Lawrence.");
    }

    @Test
    void lastLetterOfAListedNameStruckOnANeighbouringKey() {
        assertEquals(List.of("x.txt:1:29-1:37 warning [typo] 'Lawrencr' is close to 'Lawrence',"
                        + " a name used 3 times in the corpus; 'Lawrencr' is nobody's name"), findings(lawrences()
                .doc("x.txt", "The owners are John Porter, Lawrencr Tucker and others.")));
    }

    @Test
    void lastLetterStruckLeavingAVowelStaysQuiet() {
        assertEquals(List.of(), findings(lawrences()
                .doc("x.txt", "The owners are John Porter, Lawrenca Tucker and others.")));
    }
}
