package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.corpuslint.text.WordTokenizer;
import org.junit.jupiter.api.Test;

class ForeignRunsTest {

    private static final ForeignRuns NOT_ENGLISH = new ForeignRuns("en", 8, 0.9);

    /** A header line, English prose, a French paragraph, Windows line ends, a quote at a line end. */
    private static final String TEXT = " date 2024-03-02\r\n"
            + "The council said on Tuesday that the new bridge would open to traffic in May, "
            + "after two years of delays that the builders blamed on the weather.\r\n"
            + "\r\n"
            + "Le conseil municipal a annoncé mardi que le nouveau pont serait ouvert à la "
            + "circulation au mois de mai, après deux années de retard dues à la météo.\r\n"
            + "Residents' \r\n"
            + "Most residents who spoke to reporters were pleased, though some of them said "
            + "that the tolls would be too high for the families of the town.\n";

    @Test
    void theDocumentsTokensGiveTheRunsItsLinesOwnTokensGive() {
        int bodyStart = TEXT.indexOf('\n') + 1;
        List<ForeignRun> alone = NOT_ENGLISH.find(TEXT, bodyStart);
        List<ForeignRun> shared = NOT_ENGLISH.find(TEXT, bodyStart, WordTokenizer.tokenize(TEXT));
        assertEquals(1, alone.size(), "the French paragraph is one run");
        assertEquals("fr", alone.get(0).guess().code());
        assertEquals(TEXT.indexOf("Le conseil"), alone.get(0).start());
        assertEquals(alone, shared);
    }

    /** The hash and equality written out are the record's: by every component, a double compared. */
    @Test
    void settingsAreEqualByEveryComponentWithEqualHashes() {
        ForeignRuns same = new ForeignRuns("en", 8, 0.9);
        assertEquals(NOT_ENGLISH, same);
        assertEquals(NOT_ENGLISH.hashCode(), same.hashCode());
        assertNotEquals(NOT_ENGLISH, new ForeignRuns("de", 8, 0.9));
        assertNotEquals(NOT_ENGLISH, new ForeignRuns("en", 9, 0.9));
        assertNotEquals(NOT_ENGLISH, new ForeignRuns("en", 8, 0.8));
        assertNotEquals(new ForeignRuns("en", 8, 0.0), new ForeignRuns("en", 8, -0.0));
        assertEquals(new ForeignRuns(null, 8, Double.NaN), new ForeignRuns(null, 8, Double.NaN));
        assertEquals(new ForeignRuns(null, 8, Double.NaN).hashCode(),
                new ForeignRuns(null, 8, Double.NaN).hashCode());
    }
}
