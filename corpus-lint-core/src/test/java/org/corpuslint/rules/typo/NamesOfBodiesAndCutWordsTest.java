package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Slips inside names of bodies (after a plural possessive, on a place the dictionary knows, on
 * a form the name lists have, after a given name that ends a place), names and plurals cut
 * short, a compound that is a slip of a common word, and possessives quoted in messages. Each
 * class is pinned found and quiet on sentences written for these tests.
 */
class NamesOfBodiesAndCutWordsTest {

    private static RuleFixture corpus(String... documents) {
        return EverydayCorpus.with(documents);
    }

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    private static RuleFixture unions() {
        return corpus("The Union met.", "The Union voted.", "A Union spoke.");
    }

    @Test
    void slipAfterACapitalisedPluralPossessiveIsInsideAName() {
        assertEquals(List.of("x.txt:1:14-1:19 warning [typo] 'Uniin' is close to 'Union', a word"
                        + " of names used 3 times in the corpus"),
                findings(unions().doc("x.txt", "The Farmers' Uniin voted.")));
    }

    @Test
    void sameSlipAfterALowerCasePossessiveIsNoName() {
        assertEquals(List.of(), findings(unions().doc("x.txt", "The farmers' Uniin voted.")));
    }

    private static RuleFixture ministers() {
        return corpus("The Chief Minister met.", "A Chief Minister spoke.", "The Chief Minister voted.");
    }

    /** A possessive ends a person's name, but a body's name may follow one. */
    @Test
    void slipInABodysNameAfterAPossessiveIsInsideTheName() {
        assertEquals(List.of("x.txt:1:14-1:19 warning [typo] 'Chirf' is close to 'Chief', a word"
                        + " of names used 3 times in the corpus"),
                findings(ministers().doc("x.txt", "Then Malta's Chirf Minister spoke.")));
    }

    private static RuleFixture placesAndBodies() {
        return corpus("Edinburgh won.", "In Edinburgh it rained.", "Edinburgh lost.");
    }

    @Test
    void placeMisspeltBesideACommonWordOfABodysNameIsATypo() {
        assertEquals(List.of("x.txt:1:5-1:14 warning [typo] 'Edinbirgh' is close to 'Edinburgh',"
                        + " a word of names used 3 times in the corpus"),
                findings(placesAndBodies().doc("x.txt", "The Edinbirgh Festival Society met.")));
    }

    @Test
    void samePlaceSlipBetweenAMakerAndAModelCodeStaysQuiet() {
        assertEquals(List.of(), findings(placesAndBodies()
                .doc("x.txt", "He sold Nokia's Edinbirgh XR phone.")));
    }

    /** Court is written beside Supreme and Building; Cort is on the name lists. */
    private static RuleFixture courts() {
        return corpus("The court sat. A court ruled. Courts agree. The court rose. Court cases.",
                "The Supreme Court Building ran it.", "The Supreme Court spoke.",
                "The Court Building won.");
    }

    @Test
    void listedNameIsASlipWhereTheCorpusWritesTheWordBesideBothNeighbours() {
        assertEquals(List.of("x.txt:1:13-1:17 error [typo] 'Cort' is close to 'Court', as in"
                        + " 'Supreme Court', 2 times in the corpus"
                        + " | fix: replace with 'Court' => 1:13-1:17 \"Court\""),
                findings(courts().doc("x.txt", "The Supreme Cort Building agreed.")));
    }

    @Test
    void listedNameWithOneAttestedNeighbourStaysAName() {
        assertEquals(List.of(), findings(courts().doc("x.txt", "The Supreme Cort agreed.")));
    }

    @Test
    void givenNameThatEndsAPlaceDoesNotMakeItsNeighbourAPerson() {
        // York is also a given name, but the corpus writes it in New York every time.
        assertEquals(List.of("x.txt:1:25-1:29 warning [typo] 'Stae' is close to 'State', a word"
                        + " of names used 2 times in the corpus"),
                findings(corpus("New York is big.", "In New York it rained.", "New York won.",
                        "The State spoke.", "A State fell.")
                        .doc("x.txt", "She studied at New York Stae, then left.")));
    }

    @Test
    void givenNameAfterATitleWordStillMakesItsNeighbourAPerson() {
        assertEquals(List.of(), findings(corpus("Paul Smith spoke.", "Paul Jones won.",
                "The Secretary Paul left.", "The State spoke.", "A State fell.", "Paul rested.",
                "Paul ate.").doc("x.txt", "The Secretary Paul Stae spoke.")));
    }

    private static RuleFixture places(String place) {
        return corpus(place + " won.", "In " + place + " it rained.", place + " lost.");
    }

    @Test
    void placeWithItsLastVowelLostIsATypo() {
        assertEquals(List.of("x.txt:1:10-1:15 warning [typo] 'Ugand' is close to 'Uganda', used"
                        + " 3 times in the corpus"),
                findings(places("Uganda").doc("x.txt", "Tea from Ugand sold well.")));
    }

    @Test
    void cutThatEndsInAVowelReadsAsANameAndStaysQuiet() {
        assertEquals(List.of(),
                findings(places("Georgia").doc("x.txt", "Tea from Georgi sold well.")));
    }

    @Test
    void wordEndingInEWhosePluralTakesEsIsNoStemOfThatPlural() {
        assertEquals(List.of("x.txt:1:9-1:15 warning [typo] 'coache' is not in the dictionary;"
                        + " did you mean 'coach' or 'coached'?"),
                findings(corpus("The coach left.", "A coach spoke.", "The coach won.")
                        .doc("x.txt", "The new coache spoke.")));
    }

    @Test
    void stemOfAKnownPluralStaysQuiet() {
        // outturns is in the dictionary, outturn is not: a stem, not a slip.
        assertEquals(List.of(), findings(corpus("The coach left.")
                .doc("x.txt", "The firm's outturn rose.")));
    }

    private static RuleFixture continuing() {
        return corpus("The rain continued. ".repeat(12));
    }

    @Test
    void compoundReadingGivesWayToTheOneCommonWordTwoEditsAway() {
        assertEquals(List.of("x.txt:1:3-1:11 error [typo] 'contuned' is not in the dictionary;"
                        + " did you mean 'continued'? | fix: replace with 'continued'"
                        + " => 1:3-1:11 \"continued\""),
                findings(continuing().doc("x.txt", "A contuned rise was seen.")));
    }

    @Test
    void compoundOfCommonWordsWithNoCommonWordNearStaysQuiet() {
        assertEquals(List.of(),
                findings(continuing().doc("x.txt", "A matchday rise was seen.")));
    }

    @Test
    void messageQuotesAPossessiveAsWrittenWhileTheFixMendsTheName() {
        assertEquals(List.of("x.txt:1:28-1:35 error [typo] 'Hammodn's' is close to 'Hammond's',"
                        + " used once in this document and once in the corpus"
                        + " | fix: replace with 'Hammond' => 1:28-1:35 \"Hammond\""),
                findings(corpus().doc("x.txt", "Mr Hammond spoke. Later Mr Hammodn's aides left.")));
    }
}
