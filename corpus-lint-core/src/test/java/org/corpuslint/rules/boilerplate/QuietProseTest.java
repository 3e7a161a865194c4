package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_1;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.PROSE_2;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.TITLE;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prose that only mentions donations, shares, comments and subscribers stays quiet. */
class QuietProseTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The charity urged people to donate blankets rather than money.",
        "Shares in the company fell 5% after the results were published.",
        "He declined to comment.",
        "A spokesman declined to comment on how long the repairs might take.",
        "The Gazette has contacted the Island Transport Ministry for comment.",
        "The Gazette shares photos from the first crossing below.",
        "The number of subscribers rose by a fifth last year.",
        "The share offer closed two days early.",
        "Comments from the minister angered the unions.",
        "Fans can follow the match on the club's website, the league said.",
        "“Please support us, we cannot do this alone,” the harbour master told volunteers.",
        "Police asked anyone with information to contact the incident line.",
        "Copyright holders say the new rules go too far.",
        "Most popular among younger voters was the plan to cut fares.",
        "She said she would sign up for the scheme as soon as it opened."})
    void mentionInTheMiddleOrAtTheEnd(String prose) {
        assertEquals(List.of(), findings(withMiddle(prose)));
        assertEquals(List.of(), findings(TITLE, "", PROSE_1, "", PROSE_2, "", prose));
        assertEquals(List.of(), findings(TITLE, "", prose, "", PROSE_1, "", PROSE_2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Donation boost for flood appeal",
        "Copyright law faces overhaul",
        "Support grows for harbour plan",
        "Shares slide as ferry firm warns",
        "Click fraud rises sharply"})
    void titlesWithChromeWords(String title) {
        assertEquals(List.of(), findings(title, "", PROSE_1, "", PROSE_2));
    }
}
