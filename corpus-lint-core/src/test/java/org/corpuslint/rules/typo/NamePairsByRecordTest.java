package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpuslint.document.Document;
import org.corpuslint.profile.CorpusProfile;
import org.junit.jupiter.api.Test;

/**
 * A word's partners read through its record in the corpus table are those the maps of
 * repeated names give, for every word of a random corpus of capitalised pairs.
 */
class NamePairsByRecordTest {

    private static final String[] NAMES = {"Anna", "Berg", "Carl", "Dunn", "Ella", "Ford",
        "Gus", "Hale", "Iris", "Jett", "Kane's", "Lund\u2019s", "Mora", "the", "met", "and"};

    @Test
    void givesThePartnersOfTheMapsForEveryWordOfTheCorpus() {
        Random random = new Random(7);
        CorpusProfile profile = new CorpusProfile();
        for (int d = 0; d < 60; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(NAMES[random.nextInt(NAMES.length)]).append(random.nextInt(6) == 0
                        ? ". " : " ");
            }
            profile = profile.merge(CorpusProfile.of(new Document(d + ".txt", text.toString())));
        }
        CorpusWords corpus = new CorpusWords(profile);
        WordTable table = corpus.table();
        NamePairs pairs = new NamePairs(profile);
        pairs.markIn(table);
        List<String> withPartners = new ArrayList<>();
        for (String word : table.words()) {
            int record = table.find(word);
            for (int side : new int[] {-1, 1}) {
                List<String> expected = pairs.partners(word, side);
                assertEquals(expected, pairs.partnersByRecord(word, table, record, side),
                        word + " " + side);
                if (!expected.isEmpty()) {
                    withPartners.add(word);
                }
            }
        }
        assertFalse(withPartners.isEmpty());
        // A word the table lacks is looked up in the maps.
        assertEquals(pairs.partners("Zed", 1), pairs.partnersByRecord("Zed", table, -1, 1));
    }
}
