package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.RepeatedSentences.corpus;
import static org.corpuslint.rules.typo.RepeatedSentences.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/**
 * A reading that the dictionary has but no text writes (LanguageTool's lowest frequency class,
 * unused in the corpus and the article) gives way to the readings people write, whatever their
 * edits. The same words are found either way. Sentences written for these tests.
 */
class UnwrittenReadingsTest {

    private static RuleFixture gauges() {
        // gauge written once in the corpus, as a word people write but rarely.
        return corpus("The plane was ready to fly. ", "They checked the tank. ")
                .doc("g.txt", "The fuel gauge was low.");
    }

    @Test
    void aDictionaryCuriosityOneKeyAwayGivesWayToAWordPeopleWrite() {
        // daube, a key away, is a stew no text here writes; gauge needs the first letter.
        assertEquals(List.of("x.txt:1:15-1:20 warning [typo] 'dauge' is not in the dictionary;"
                        + " did you mean 'gauge'?"),
                findings(gauges().doc("x.txt", "They read the dauge on the tank.")));
    }

    @Test
    void theCuriosityTheArticleWritesStays() {
        assertEquals(List.of("x.txt:1:35-1:40 error [typo] 'dauge' is not in the dictionary;"
                        + " did you mean 'daube'? ('daube' is used once in this document)"
                        + " | fix: replace with 'daube' => 1:35-1:40 \"daube\""),
                findings(gauges().doc("x.txt",
                        "The daube was cold. They read the dauge on the tank.")));
    }
}
