package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Deleting a boilerplate block can delete prose, so it is never safe: likely when most of its
 * lines are each a whole lexicon phrase, unsure when repetition or shape found it.
 */
class BlockConfidenceTest {

    /** {@code path description confidence} for every fix in {@code path}. */
    private static List<String> fixes(RuleFixture corpus, String path) {
        return corpus.run(List.of(BoilerplateRule::new)).stream()
                .filter(f -> f.path().equals(path) && f.fix() != null)
                .map(f -> f.path() + " " + f.fix().description() + " "
                        + f.fix().confidence().label())
                .toList();
    }

    /** Distinct story {@code seed} (copies of one story count once) with {@code chrome} after it. */
    private static String[] withChrome(int seed, String... chrome) {
        List<String> lines = new java.util.ArrayList<>(List.of(BoilerplateFixtures.story(seed)));
        lines.add("");
        lines.addAll(List.of(chrome));
        return lines.toArray(String[]::new);
    }

    @Test
    void linesThatAreEachAWholePhraseAreLikely() {
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", "Ferry story", "", PROSE_1, "",
                PROSE_2, "", "Share this article", "Subscribe now", "Newsletter");
        assertEquals(List.of("a.txt delete the 3 lines likely"), fixes(corpus, "a.txt"));
    }

    @Test
    void aPhraseInsideALongerLineIsNoWholeLineMatch() {
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", "Ferry story", "", PROSE_1, "",
                PROSE_2, "", "Share this article with your friends and family today");
        assertEquals(List.of("a.txt delete the line unsure"), fixes(corpus, "a.txt"));
    }

    @Test
    void aLineFoundByRepetitionAloneIsUnsure() {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < 5; i++) {
            corpus.doc("story-" + i + ".txt", withChrome(i,
                    "Island Edition · Weekday Mornings"));
        }
        assertEquals(List.of("story-0.txt delete the line unsure"),
                fixes(corpus, "story-0.txt"));
    }

    @Test
    void aBlockMostlyOfRepeatedLinesIsUnsure() {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < 5; i++) {
            corpus.doc("story-" + i + ".txt", withChrome(i,
                    "Island Edition · Weekday Mornings", "Harbour Desk · Pier Road",
                    "Subscribe now"));
        }
        assertEquals(List.of("story-0.txt delete the 3 lines unsure"),
                fixes(corpus, "story-0.txt"));
    }
}
