package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * Misspelled names the corpus alone cannot settle, decided by how the slip reads: letters no
 * name has, a name nobody has, a full name with a letter lost. And the foreign spellings and
 * other people that must stay quiet. Fixtures written for these tests.
 */
class NameSlipsTest {

    /** Three articles that name the same people, so that their names are attested. */
    private static RuleFixture newsroom() {
        return RuleFixture.corpus()
                .doc("a.txt", "Russell Anderson scored twice. Peter Grant watched from the stand.")
                .doc("b.txt", "Coach Russell Anderson smiled. Peter Hall agreed with him.")
                .doc("c.txt", "Peter Mills left early. Charles Kennedy spoke. Guinness sold well.")
                .doc("d.txt", "Charles Kennedy said so. Patrick Moore laughed. Guinness rose again.")
                .doc("e.txt", "Patrick Moore left. Patrick Moore sat down.");
    }

    private static List<String> findings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }

    @Test
    void slipThatNoWordCouldBeIsATypoEvenBesideAnotherName() {
        assertEquals(List.of("x.txt:1:10-1:17 error [typo] 'Russrll' is close to 'Russell', used"
                        + " 2 times in the corpus, and hardly any word or name has 'srl'"
                        + " | fix: replace with 'Russell' => 1:10-1:17 \"Russell\""),
                findings(newsroom().doc("x.txt", "Defender Russrll Hughes was booked.")));
    }

    @Test
    void nameNobodyHasIsATypoOnlyWhenNoOneCouldSayItOrTwoLettersAreSwapped() {
        // Being on no name list proves little alone: unknown real names are on none either.
        // (Beside a surname of the lists, a neighbouring key struck is a slip of the given name:
        // KeySlipsInNamesAndDatesTest.)
        assertEquals(List.of(), findings(newsroom().doc("x.txt", "The director Perer said no.")));
        assertEquals(List.of("x.txt:1:14-1:19 warning [typo] 'Prter' is close to 'Peter', a name"
                        + " used 3 times in the corpus; 'Prter' is nobody's name",
                "x.txt:2:14-2:19 warning [typo] 'Peetr' is close to 'Peter', a name"
                        + " used 3 times in the corpus; 'Peetr' is nobody's name"),
                findings(newsroom().doc("x.txt", "The director Prter Lowe said no.",
                        "The director Peetr Lowe said yes.")));
    }

    @Test
    void foreignSpellingOfANameStaysQuiet() {
        // Patrik is a Czech and Swedish name on the name lists, Juergen is Jürgen spelled out.
        assertEquals(List.of(), findings(newsroom()
                .doc("x.txt", "Patrik Berger scored. Juergen Klein agreed.")
                .doc("y.txt", "Jurgen Weber and Patrick Moore disagreed.")));
    }

    @Test
    void firstNameBesideAnotherSurnameInTheArticleIsAnotherPerson() {
        assertEquals(List.of(), findings(RuleFixture.corpus()
                .doc("x.txt", "Anna Boyle won the race. Allan Bogle was second. Boyle ran well.")));
    }

    @Test
    void fullNameWithItsLastLetterLostIsATypo() {
        assertEquals(List.of("x.txt:1:1-1:7 error [typo] 'Charle' is close to 'Charles', as in"
                        + " 'Charles Kennedy', 2 times in the corpus | fix: replace with 'Charles'"
                        + " => 1:1-1:7 \"Charles\""),
                findings(newsroom().doc("x.txt", "Charle Kennedy agreed.")));
    }

    @Test
    void nameMissingALetterThatStillReadsAsANameIsNoTypoOnThatGroundAlone() {
        // Guinnes reads as a name; that nobody has it is no evidence on unseen news.
        assertEquals(List.of(), findings(newsroom().doc("x.txt", "They drank Guinnes stout.")));
    }

    @Test
    void sentenceThatStartsWithAFullNameIsNotReadAsAWord() {
        // Platon is one slip from platoon, but here it is a first name before a surname.
        assertEquals(List.of(), findings(RuleFixture.corpus()
                .doc("x.txt", "Platon Lebedev was jailed. Naoki Sato spoke for the firm.")));
    }
}
