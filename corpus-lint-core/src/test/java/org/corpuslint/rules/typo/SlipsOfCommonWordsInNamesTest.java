package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Slips of common words where they stand in names or open a quotation: after {@code of} or
 * {@code for} in a body's name, written twice beside a neighbour the corpus pairs with the
 * reading far more often, a letter doubled or swapped on a common word among words of names,
 * a key struck twice where no name doubles it, and any slip of the keys on a common word that
 * opens a sentence. Each class is pinned found and quiet on sentences written for these tests.
 */
class SlipsOfCommonWordsInNamesTest {

    private static RuleFixture corpus(String... documents) {
        return EverydayCorpus.with(documents);
    }

    private static List<String> findings(RuleFixture corpus) {
        return EverydayCorpus.typoFindings(corpus);
    }

    /** The corpus names a body with Planning twice and writes planning in lower case. */
    private static RuleFixture planning() {
        return corpus("The Office for Planning met.", "A Planning Board sat.",
                "The planning rules changed. Planning is slow.");
    }

    @Test
    void slipAfterOfInABodysNameIsInsideTheName() {
        assertEquals(List.of("x.txt:1:15-1:22 warning [typo] 'Plannig' is close to 'Planning', a"
                        + " word of names used 3 times in the corpus"),
                findings(planning().doc("x.txt", "The Bureau of Plannig said so.")));
    }

    @Test
    void slipAfterOfALowerCaseWordIsNoName() {
        assertEquals(List.of(),
                findings(planning().doc("x.txt", "They spoke of Plannig today.")));
    }

    @Test
    void slipAfterOfAGivenNameIsNoBody() {
        assertEquals(List.of(),
                findings(planning().doc("x.txt", "The saint Peter of Plannig said so.")));
    }

    private static RuleFixture radio(int pairs) {
        RuleFixture corpus = corpus();
        for (int i = 0; i < pairs; i++) {
            corpus.doc("r" + i + ".txt", "He spoke to BBC Radio about it.");
        }
        return corpus.doc("s.txt", "The radio was on.");
    }

    @Test
    void slipWrittenTwiceBesideANeighbourPairedFarMoreOften() {
        String because = "is close to 'Radio', as in 'BBC Radio', 10 times in the corpus";
        assertEquals(List.of("x.txt:1:13-1:17 error [typo] 'Rdio' " + because
                        + " | fix: replace with 'Radio' => 1:13-1:17 \"Radio\"",
                        "y.txt:1:14-1:18 error [typo] 'Rdio' " + because
                        + " | fix: replace with 'Radio' => 1:14-1:18 \"Radio\""),
                findings(radio(10).doc("x.txt", "He told BBC Rdio so.")
                        .doc("y.txt", "She told BBC Rdio too.")));
    }

    @Test
    void slipWrittenTwiceBesideARarelyPairedNeighbourStaysQuiet() {
        assertEquals(List.of(),
                findings(radio(3).doc("x.txt", "He told BBC Rdio so.")
                        .doc("y.txt", "She told BBC Rdio too.")));
    }

    private static final String FORUMS = "The forum met. A forum is open. ";

    @Test
    void doubledLetterOnACommonWordAmongWordsOfNames() {
        assertEquals(List.of("x.txt:1:18-1:24 warning [typo] 'Foorum' is close to 'Forum', a"
                        + " common word, as a word of names"),
                findings(corpus(FORUMS, "The Mobile Forum opened.")
                        .doc("x.txt", "The Mobile Music Foorum said so.")));
    }

    @Test
    void neighbouringKeyOnACommonWordTheCorpusRarelyCapitalisesStaysQuiet() {
        assertEquals(List.of(),
                findings(corpus(FORUMS, "The Mobile Forum opened.")
                        .doc("x.txt", "The Mobile Music Forim said so.")));
    }

    private static final String COLLEGES = "He went to Kings College. The College is old."
            + " College fees rose. ";

    @Test
    void lastKeyStruckTwiceOnACapitalisedWord() {
        assertEquals(List.of("x.txt:1:23-1:31 warning [typo] 'Collegee' is close to 'College',"
                        + " used 3 times in the corpus; 'Collegee' strikes a key twice"),
                findings(corpus(COLLEGES).doc("x.txt", "She went to Morehouse Collegee, then left.")));
    }

    @Test
    void letterTypedThriceOnACapitalisedWord() {
        assertEquals(List.of("x.txt:1:23-1:31 warning [typo] 'Colllege' is close to 'College',"
                        + " used 3 times in the corpus; 'Colllege' strikes a key twice"),
                findings(corpus(COLLEGES).doc("x.txt", "She went to Morehouse Colllege, then left.")));
    }

    @Test
    void aConsonantNamesDoubleInsideTheWordStaysQuiet() {
        assertEquals(List.of(),
                findings(corpus("Tom Baker sang. Mr Baker left. Baker won.")
                        .doc("x.txt", "She met Anna Bakker there.")));
    }

    private static final String BASICALLY = "It is basically fine. Basically, we won. It was"
            + " basically over. ";

    @Test
    void slipOfTheKeysOnACommonWordOpeningAQuotation() {
        assertEquals(List.of("x.txt:1:11-1:20 error [typo] 'Basidally' is not in the dictionary;"
                        + " did you mean 'Basically'?"
                        + " | fix: replace with 'Basically' => 1:11-1:20 \"Basically\""),
                findings(corpus(BASICALLY.repeat(6)).doc("x.txt", "He said: \"Basidally, plans work.\"")));
    }

    @Test
    void theSameFormWrittenInTwoArticlesIsAName() {
        assertEquals(List.of(),
                findings(corpus(BASICALLY.repeat(6)).doc("x.txt", "He said: \"Basidally, plans work.\"")
                        .doc("y.txt", "The firm Basidally sells plans.")));
    }
}
