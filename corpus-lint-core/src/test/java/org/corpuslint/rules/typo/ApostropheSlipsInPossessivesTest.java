package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.EverydayCorpus.findings;
import static org.corpuslint.rules.typo.EverydayCorpus.repeated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slips of the apostrophe in a name's possessive: the apostrophe swapped with the name's last
 * letter ({@link ApostropheSlipInAPossessive}), the s doubled after it, the apostrophe put after
 * the s of one person's name ({@link ApostropheAfterTheS}, after a title of address or with
 * the possessive written a few times by a corpus that writes the name often), and a letter
 * doubled in a contraction written like a possessive ({@link ContractionSlips}). Each found
 * case has quiet twins that fail without their guard. Fixtures written for these tests.
 */
class ApostropheSlipsInPossessivesTest {

    // The apostrophe swapped with the name's last letter, or the s doubled after it.

    private static final List<String> PORTUGALS = repeated("Portugal's fleet sailed west.", 3);

    @Test
    void anApostropheBeforeTheNamesLastLetterIsASlip() {
        assertEquals(List.of("c3.txt:1:13-1:23 error [typo] 'Portuga'ls' puts the apostrophe before"
                        + " the name's last letter; did you mean 'Portugal's'? (the corpus writes"
                        + " 'Portugal's' 3 times and 'Portuga'ls' only here)"
                        + " | fix: replace with 'Portugal's' => 1:13-1:23 \"Portugal's\""),
                findings(PORTUGALS, "A storm hit Portuga'ls fleet at dawn."));
    }

    @Test
    void anSDoubledAfterTheApostropheIsASlip() {
        assertEquals(List.of("c3.txt:1:13-1:24 error [typo] 'Portugal'ss' doubles the s of the"
                        + " possessive; did you mean 'Portugal's'? (the corpus writes 'Portugal's'"
                        + " 3 times and 'Portugal'ss' only here)"
                        + " | fix: replace with 'Portugal's' => 1:13-1:24 \"Portugal's\""),
                findings(PORTUGALS, "A storm hit Portugal'ss fleet at dawn."));
    }

    @Test
    void aCurlyApostropheIsKeptInTheFix() {
        assertEquals(List.of("c3.txt:1:13-1:23 error [typo] 'Portuga\u2019ls' puts the apostrophe"
                        + " before the name's last letter; did you mean 'Portugal\u2019s'? (the"
                        + " corpus writes 'Portugal's' 3 times and 'Portuga\u2019ls' only here)"
                        + " | fix: replace with 'Portugal\u2019s' => 1:13-1:23 \"Portugal\u2019s\""),
                findings(PORTUGALS, "A storm hit Portuga\u2019ls fleet at dawn."));
    }

    @Test
    void aListedSurnameWithTheApostropheBeforeItsLastLetterIsASlip() {
        assertEquals(List.of("c3.txt:1:14-1:21 error [typo] 'Pate'ls' puts the apostrophe before"
                        + " the name's last letter; did you mean 'Patel's'? (the corpus writes"
                        + " 'Patel's' 3 times and 'Pate'ls' only here)"
                        + " | fix: replace with 'Patel's' => 1:14-1:21 \"Patel's\""),
                findings(repeated("Dr Patel's clinic opened.", 3),
                "Shares in Dr Pate'ls group rose."));
    }

    @Test
    void aPossessiveTheCorpusWritesTwiceIsNoEvidence() {
        assertEquals(List.of(), findings(repeated("Portugal's fleet sailed west.", 2),
                "A storm hit Portuga'ls fleet at dawn."));
    }

    @Test
    void theSlipWrittenTwiceStaysQuiet() {
        assertEquals(List.of(), findings(PORTUGALS, "A storm hit Portuga'ls fleet at dawn.",
                "Portuga'ls ships came home."));
    }

    @Test
    void aNameWhoseApostropheIsItsOwnStaysQuiet() {
        // The corpus writes Kiri'a without the s: the apostrophe belongs to the name.
        assertEquals(List.of(), findings(repeated("Kiria's crew sailed west.", 3),
                "The Kiri'as sailed at dawn.", "Kiri'a is an island."));
    }

    @Test
    void aNameWithACapitalAfterItsApostropheStaysQuiet() {
        assertEquals(List.of(), findings(repeated("Oneill's band played.", 3),
                "The O'Neills played at dawn."));
    }

    // The apostrophe put after the s of one person's name.

    private static final List<String> HENDRYS = new ArrayList<>(repeated("Mr Hendry spoke first.", 7));

    static {
        HENDRYS.addAll(repeated("Mr Hendry's plan was passed.", 3));
    }

    @Test
    void anApostropheAfterTheSAfterATitleOfAddressIsASlip() {
        assertEquals(List.of("c10.txt:1:16-1:24 error [typo] 'Hendrys'' puts the apostrophe after"
                        + " the s; did you mean 'Hendry's'? (the corpus writes 'Hendry's' 3 times"
                        + " and 'Hendrys' only here)"
                        + " | fix: replace with 'Hendry's' => 1:16-1:24 \"Hendry's\""),
                findings(HENDRYS, "They backed Mr Hendrys' plan in the end."));
    }

    @Test
    void aFewPossessivesOfANameWrittenOftenAreEvidence() {
        assertEquals(List.of("c10.txt:1:13-1:21 error [typo] 'Hendrys'' puts the apostrophe after"
                        + " the s; did you mean 'Hendry's'? (the corpus writes 'Hendry's' 3 times"
                        + " and 'Hendrys' only here)"
                        + " | fix: replace with 'Hendry's' => 1:13-1:21 \"Hendry's\""),
                findings(HENDRYS, "They backed Hendrys' plan in the end."));
    }

    @Test
    void twoPossessivesAreNoEvidence() {
        List<String> docs = new ArrayList<>(repeated("Mr Hendry spoke first.", 8));
        docs.addAll(repeated("Mr Hendry's plan was passed.", 2));
        assertEquals(List.of(), findings(docs, "They backed Mr Hendrys' plan in the end."));
    }

    @Test
    void aNameWrittenSeldomIsNoEvidence() {
        List<String> docs = new ArrayList<>(repeated("Mr Hendry spoke first.", 6));
        docs.addAll(repeated("Mr Hendry's plan was passed.", 3));
        assertEquals(List.of(), findings(docs, "They backed Mr Hendrys' plan in the end."));
    }

    @Test
    void aPluralPossessiveOfAFamilyStaysQuiet() {
        assertEquals(List.of(), findings(HENDRYS, "They backed the Hendrys' plan in the end."));
    }

    @Test
    void afterATitleOfAddressAPluralOfTheFamilyWrittenElsewhereIsNoDefence() {
        assertEquals(List.of("c10.txt:1:16-1:24 error [typo] 'Hendrys'' puts the apostrophe after"
                        + " the s; did you mean 'Hendry's'? (the corpus writes 'Hendry's' 3 times;"
                        + " after 'Mr' it is one person's)"
                        + " | fix: replace with 'Hendry's' => 1:16-1:24 \"Hendry's\""),
                findings(HENDRYS, "They backed Mr Hendrys' plan in the end.",
                "The Hendrys came home."));
    }

    @Test
    void aPluralTheCorpusWritesElsewhereStaysQuiet() {
        assertEquals(List.of(), findings(HENDRYS, "They backed Hendrys' plan in the end.",
                "Two Hendrys met."));
    }

    // A letter doubled in a contraction written like a possessive.

    private static final List<String> THATS = List.of("That's a way. That's hope.");

    @Test
    void aLetterDoubledInAContractionIsASlip() {
        assertEquals(List.of("c1.txt:1:2-1:9 error [typo] 'Thaat's' is close to the contraction"
                        + " 'That's' (the corpus writes it 2 times)"
                        + " | fix: replace with 'That's' => 1:2-1:9 \"That's\""),
                findings(THATS, "\"Thaat's the plan,\" she said."));
    }
}
