package org.corpuslint.text.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditParserTest {

    private final CreditParser parser = new CreditParser(Agencies.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {
        "Anna Berg / TASS",
        "Anna Berg, TASS / kremlin.ru",
        "kremlin.ru",
        "Lars Nygaard / Sputnik / imago images / Scanpix / LETA",
        "Maria Olsen/Getty Images",
        "CityHall_Pool Telegram-channel",
        "[Erik Solheim/Sputnik, Kremlin Pool via AP Photo]",
        "[KCNA via Reuters]",
        "(Photo: Jane Doe/AP)",
        "Photo: Jane Doe, AP",
        "Credit: EPA",
        "(Image: Getty)",
        "Photograph: Jane Doe for the Guardian",
        "© Reuters",
        "Courtesy of the Harbour Museum",
        "Picture: PA",
        "AFP via Getty Images",
        "REUTERS/Jane Doe",
        "Credit...Jane Doe for The New York Times",
        "Image source, Getty Images",
        "Jane Doe | Nordic Press Photo",
        "Jane Doe / Fjordlys",
        "Ingrid Dahl / NTB",
        "Reuters",
        "Jane Doe/dpa/picture alliance",
        "Jane Doe — Reuters",
        "@janedoe/Twitter",
        "Supplied",
        "JANE DOE/AFP VIA GETTY IMAGES",
        "Photo by Jane Doe on Unsplash",
        "Reuters file photo",
        "Jane Doe/Reuters files",
        "(Jane Doe)",
        "(Per van Lunde)",
        "[Nordlys]",
        "Example Motors, Inc.",
        "Harbour Films Ltd",
        "Pool photo by Jane Doe",
        "Staff photo by Per Lunde"})
    void recognisesCreditLines(String line) {
        assertTrue(parser.line(line).isPresent(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ferry leaves at dawn and/or at noon.",
        "The help line is open 24/7",
        "Published On 19/06/2024",
        "Aid arrived via the northern road",
        "Reuters reports a fall in grain prices",
        "Ferry strike ends after two weeks",
        "In Photos: Leaders Gather at the Summit",
        "By Jane Doe, Reuters",
        "Reporting by Jane Doe; Editing by John Smith",
        "Jane Doe",
        "Here is how the day unfolded:",
        "Photo: the minister arrives at the hall after a long and tiring journey by sea",
        "Share",
        "A Future for Rail Workers",
        "How to Vote for Change",
        "Reuters Cup Final Brings Record Crowds to the Harbour",
        "(R)",
        "(left to right)",
        "[VIDEO]",
        "Shares in Harbour Films Ltd fell.",
        "Her photo by the quay won a prize",
        "© 2024 The Harbour Gazette",
        "Copyright © 2024, The Harbour Gazette | Terms of Use",
        "Inc."})
    void leavesOtherLinesAlone(String line) {
        assertFalse(parser.line(line).isPresent(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Crowds line the quay. [KCNA via Reuters]| 22",
        "Crowds line the quay (Photo: Jane Doe/AP).| 21",
        "Crowds line the quay on Monday. REUTERS/Jane Doe| 32",
        "Crowds line the quay. Photo: Jane Doe, AP| 22",
        "Crowds line the quay (Photo by Jane Doe/AFP via Getty Images)| 21",
        "Crowds line the quay  Jane Doe/AFP| 22",
        "Crowds line the quay on Friday.Jane Doe/Reuters| 31",
        "Crowds line the quay at noon.Photo: Jane Doe| 29",
        "Crowds line the quay. (Jane Doe)| 22",
        "Crowds line the quay [Nordlys]| 21"})
    void findsInlineCreditsAtTheEndOfACaption(String line, int start) {
        assertEquals(start, parser.inlineStart(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Profits rose to $1.1bn (£600m).",
        "The minister said the aid would come via the port. Officials agreed",
        "Support for the plan is growing (polls say so)",
        "In Photos: Leaders Gather at the Summit",
        "Crowds line the quay [VIDEO]",
        "Fares rose by 3.Ferries run hourly",
        "Officials met in the U.S.Capitol on Friday"})
    void proseHasNoInlineCredit(String line) {
        assertEquals(-1, parser.inlineStart(line), line);
    }

    @Test
    void pluralLabelMarksAGroupCredit() {
        assertTrue(parser.line("Photos: Jane Doe / Reuters").orElseThrow().group());
        assertFalse(parser.line("Photo: Jane Doe / Reuters").orElseThrow().group());
    }

    @Test
    void configuredAgencyIsRecognisedAlone() {
        assertFalse(parser.line("Fjordpost").isPresent());
        assertTrue(new CreditParser(Agencies.withExtra("Fjordpost, Nordlys Bilder"))
                .line("Fjordpost").isPresent());
    }

    @Test
    void shortAgencyNamesMatchOnlyAsWritten() {
        assertTrue(parser.line("AP").isPresent());
        assertFalse(parser.line("Ap").isPresent());
    }
}
