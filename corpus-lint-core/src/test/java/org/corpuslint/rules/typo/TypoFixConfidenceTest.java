package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * How sure each typo fix is, from the counts behind it: only a name the corpus spells one way
 * 20 times or more, with a slip seen once or twice, is safe to fix unseen.
 */
class TypoFixConfidenceTest {

    /** {@code slip -> replacement confidence} for every typo with a fix. */
    private static List<String> fixes(RuleFixture corpus) {
        return corpus.run(List.of(TypoRule::new)).stream().filter(f -> f.fix() != null)
                .map(TypoFixConfidenceTest::render).toList();
    }

    private static String render(Finding f) {
        return f.path() + " " + f.fix().edits().get(0).replacement() + " "
                + f.fix().confidence().label();
    }

    /** {@code count} articles that spell a capital {@code name} each once. */
    private static RuleFixture articlesNaming(String name, int count) {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < count; i++) {
            corpus.doc("n" + i + ".txt", "Delegates arrived in " + name + " on day " + i + ".");
        }
        return corpus;
    }

    @Test
    void nameSpeltOneWayTwentyTimesWithARareSlipIsSafe() {
        RuleFixture corpus = articlesNaming("Pyongyang", 19)
                .doc("x.txt", "Crowds in Pyonyang cheered as Pyongyang celebrated.");
        assertEquals(List.of("x.txt Pyongyang safe"), fixes(corpus));
    }

    @Test
    void nameSpeltOneWayNineteenTimesIsOnlyLikely() {
        RuleFixture corpus = articlesNaming("Pyongyang", 18)
                .doc("x.txt", "Crowds in Pyonyang cheered as Pyongyang celebrated.");
        assertEquals(List.of("x.txt Pyongyang likely"), fixes(corpus));
    }

    @Test
    void slipSeenThreeTimesIsNoLongerRareSoNotSafe() {
        RuleFixture corpus = articlesNaming("Pyongyang", 30)
                .doc("x.txt", "Crowds in Pyonyang cheered as Pyongyang celebrated.")
                .doc("y.txt", "Pyonyang and Pyongyang and Pyongyang.")
                .doc("z.txt", "Pyonyang and Pyongyang and Pyongyang.");
        assertEquals(List.of(), fixes(corpus).stream().filter(f -> f.endsWith("safe")).toList());
    }

    @Test
    void nameSeenOnceIsUnsure() {
        RuleFixture corpus = RuleFixture.corpus()
                .doc("a.txt", "Shares in Lyudkov Brothers rose.")
                .doc("b.txt", "The chairman of Lyudov Brothers left.");
        assertEquals(List.of("b.txt Lyudkov unsure"), fixes(corpus));
    }

    @Test
    void lowerCaseSlipsAreAtMostLikelyHoweverCommonTheWord() {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < 25; i++) {
            corpus.doc("g" + i + ".txt", "The government met in the rooms on day " + i
                    + "; the slot was a lot of fun.");
        }
        corpus.doc("x.txt", "The goverment sold CD roms, and alot of them, a lot.");
        assertEquals(List.of("x.txt government likely", "x.txt rooms likely",
                "x.txt lot likely"), fixes(corpus));
    }

    @Test
    void realWordSlipsAreAtMostLikely() {
        RuleFixture corpus = articlesNaming("Korean", 0);
        for (int i = 0; i < 25; i++) {
            corpus.doc("k" + i + ".txt", "Korean chefs met Korean diners and Korean cooks " + i
                    + ".");
        }
        corpus.doc("x.txt", "Korean chefs cooked for Korean guests and Korean critics.",
                "A traditional Koran apron hung by the door.");
        for (int i = 0; i < 25; i++) {
            corpus.doc("c" + i + ".txt", "Contrack opened branch " + i + ".");
        }
        corpus.doc("y.txt", "Contrack staff met. Contrack said Contrack would reopen.",
                "The Contract Office declined to comment.");
        assertEquals(List.of("x.txt Korean likely", "y.txt Contrack likely"), fixes(corpus));
    }
}
