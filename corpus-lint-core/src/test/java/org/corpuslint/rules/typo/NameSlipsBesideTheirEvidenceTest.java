package org.corpuslint.rules.typo;

import static org.corpuslint.rules.typo.EverydayCorpus.findings;
import static org.corpuslint.rules.typo.EverydayCorpus.repeated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slips in capitalised words that still read as names, each found on evidence beside it: a
 * given name struck before a rare word the corpus writes as a surname, a second letter lost
 * into a start no word has, a letter lost from an everyday word the corpus capitalises, a
 * listed short form beside a common word of a place's name, a consonant lost from a lone name,
 * and a capitalised part of a hyphenated word beside a number. Each found case has a quiet twin
 * that fails without its guard; a titled name more than one letter from the article's stays
 * quiet. Fixtures written for these tests.
 */
class NameSlipsBesideTheirEvidenceTest {

    // A given name struck on the keys before a rare word the corpus writes as a surname.

    private static final List<String> ROBERTS = List.of(
            "Robert Hale spoke first.", "Then Robert Penn replied.", "Robert Nye left early.");

    @Test
    void aGivenNameStruckBeforeARareWordWrittenAsASurnameIsASlip() {
        List<String> docs = new ArrayList<>(ROBERTS);
        docs.add("Kate Deacon sang at the hall.");
        assertEquals(List.of("c4.txt:1:33-1:39 warning [typo] 'Rovert' is close to 'Robert',"
                        + " a name used 3 times in the corpus; 'Rovert' is nobody's name"),
                findings(docs, "The new chairman of the club is Rovert Deacon, who lives in"
                        + " the north."));
    }

    @Test
    void aGivenNameStruckBeforeARareWordWrittenInLowerCaseStaysQuiet() {
        // The corpus writes deacon as a word, not a name: the pair need not be a person's.
        List<String> docs = new ArrayList<>(ROBERTS);
        docs.add("The deacon sang at the hall. Then the deacon left.");
        assertEquals(List.of(), findings(docs, "The new chairman of the club is Rovert Deacon,"
                + " who lives in the north."));
    }

    // The second letter lost, leaving a start no word has.

    @Test
    void aSecondLetterLostIntoAStartNoWordHasIsASlip() {
        assertEquals(List.of("c3.txt:1:25-1:29 error [typo] 'Tday' is close to 'Today', used"
                        + " 3 times in the corpus, and no English word begins with 'td'"
                        + " | fix: replace with 'Today' => 1:25-1:29 \"Today\""),
                findings(repeated("Today the shop was open.", 3),
                        "She told the radio show Tday that it was open."));
    }

    @Test
    void aSecondLetterLostFromAWordUsedTwiceStaysQuiet() {
        assertEquals(List.of(), findings(repeated("Today the shop was open.", 2),
                "She told the radio show Tday that it was open."));
    }

    // A letter lost from an everyday word the corpus writes with a capital.

    @Test
    void aLetterLostFromAnEverydayCapitalisedWordIsASlip() {
        assertEquals(List.of("c2.txt:1:24-1:29 warning [typo] 'Arund' is close to 'Around',"
                        + " a common word the corpus writes with a capital 2 times"),
                findings(repeated("Around noon the shop was open.", 2),
                        "They sang the song All Arund You at the show."));
    }

    @Test
    void aLetterLostFromARarerCapitalisedWordStaysQuiet() {
        // Garden is common, not a word of every text: a name one letter from it may be real.
        assertEquals(List.of(), findings(repeated("Garden shops were open.", 2),
                "They sang the song All Gaden You at the show."));
    }

    // A listed short form beside a common word of a place's name.

    @Test
    void aListedShortFormBesideACommonWordOfAPlaceIsASlip() {
        assertEquals(List.of("c3.txt:1:34-1:38 error [typo] 'Kora' is a real word, but the"
                        + " corpus writes 'South Korea' 3 times; did you mean 'Korea'?"
                        + " | fix: replace with 'Korea' => 1:34-1:38 \"Korea\""),
                findings(repeated("The team from South Korea won.", 3),
                        "The films come from Chile, South Kora and Peru."));
    }

    @Test
    void aListedShortFormBesideAGivenNameStaysQuiet() {
        // Jack is a common word but also a given name: Jack Rose may be another person.
        assertEquals(List.of(), findings(repeated("The film by Jack Rosie won.", 3),
                "The films come from Chile, by Jack Rose and others."));
    }

    // A titled name one letter short of the article's.

    @Test
    void aTitledNameMoreThanOneLetterFromTheArticlesStaysQuiet() {
        // Potts is no Pearce with a letter lost, though Pearce follows Mrs too and is one letter
        // longer: the whole word must be one letter short, not only its first difference.
        assertEquals(List.of(), findings("Mrs Pearce spoke on Monday. Later that day Mrs Potts"
                + " said the party was ready."));
    }

    // A consonant lost from a name standing alone.

    @Test
    void aConsonantLostFromALoneNameIsASlip() {
        assertEquals(List.of("c5.txt:1:22-1:28 warning [typo] 'Quedax' is close to 'Quendax',"
                        + " used 5 times in the corpus"),
                findings(repeated("Shares rose on Quendax.", 5),
                        "Later shares fell on Quedax again."));
    }

    @Test
    void aVowelLostFromALoneNameStaysQuiet() {
        // Kanu beside Keanu: a vowel lost still reads as a name of its own.
        assertEquals(List.of(), findings(repeated("Shares rose on Quendax.", 5),
                "Later shares fell on Qundax again."));
    }

    // A capitalised part of a hyphenated word beside a number.

    @Test
    void aCapitalisedPartBesideANumberIsASlip() {
        assertEquals(List.of("c3.txt:1:24-1:28 error [typo] 'Unde' in 'Unde-21' is close to"
                        + " 'Under' ('Under-21'), used 3 times in the corpus"
                        + " | fix: replace with 'Under' => 1:24-1:28 \"Under\""),
                findings(repeated("Under the bridge it was dry.", 3),
                        "He captained the Welsh Unde-21 side."));
    }

    @Test
    void aCapitalisedPartBesideAnotherCapitalisedPartStaysQuiet() {
        assertEquals(List.of(), findings(repeated("Under the bridge it was dry.", 3),
                "He captained the Welsh Unde-Rassa side."));
    }
}
