package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A vowel lost in a long given name or surname the corpus writes more often
 * ({@link PersonalNameSlips#slipOfPersonalName}): a slip though the written form still reads as
 * a name, since a long name's variants are on the lists; a short name that loses a vowel is as
 * often another person's name and stays quiet. Fixtures written for these tests.
 */
class LongNamesLosingAVowelTest {

    private static RuleFixture corpus(String... documents) {
        RuleFixture corpus = RuleFixture.corpus()
                .doc("a.txt", "Gabriella Reyes sang well. Natalie Crane watched.")
                .doc("b.txt", "Gabriella Reyes won the prize. Natalie Crane clapped.")
                .doc("c.txt", "Then Gabriella Reyes left. Natalie Crane stayed.");
        for (int i = 0; i < documents.length; i++) {
            corpus.doc("x" + i + ".txt", documents[i]);
        }
        return corpus;
    }

    @Test
    void aLongGivenNameThatLosesAVowelBeforeASurnameIsATypo() {
        assertEquals(List.of("x0.txt:1:29-1:37 warning [typo] 'Gabrilla' is close to 'Gabriella',"
                        + " a name used 3 times in the corpus; 'Gabrilla' is nobody's name"),
                corpus("The talk was given later by Gabrilla Moore in the hall.").findings(TypoRule::new));
    }

    @Test
    void aShortGivenNameThatLosesAVowelStaysQuiet() {
        assertEquals(List.of(), corpus("The talk was given later by Natlie Moore in the hall.").findings(TypoRule::new));
    }
}
