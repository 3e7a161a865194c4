package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corpuslint.document.Document;
import org.corpuslint.profile.CorpusProfile;
import org.junit.jupiter.api.Test;

class LetterTrigramsTest {

    private static LetterTrigrams over(String... dictionary) {
        LetterTrigrams.Counter counter = new LetterTrigrams.Counter();
        for (String word : dictionary) {
            counter.add(word);
        }
        int[] counts = counter.counts();
        CorpusProfile profile = CorpusProfile.of(new Document("a.txt", "Peter met Prter."));
        return new LetterTrigrams(counts, new CorpusWords(profile));
    }

    @Test
    void findsTheRarestTrigramTheSlipIntroduces() {
        LetterTrigrams trigrams = over("peter", "petty", "pretty", "print", "sprint");
        // prter has ^pr, prt, rte, ter, er$; peter lacks ^pr, prt and rte. prt is in no word
        // (the slip itself, in the corpus, is not counted).
        assertEquals(new LetterTrigrams.Introduced("prt", 0),
                trigrams.rarestIntroduced("Prter", "Peter"));
    }

    @Test
    void countsTheWordBoundaries() {
        LetterTrigrams trigrams = over("peter", "pets");
        // pete$ ends in "te$", which no word has.
        assertEquals(new LetterTrigrams.Introduced("te", 0),
                trigrams.rarestIntroduced("Pete", "Peter"));
    }
}
