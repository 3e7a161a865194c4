package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes that decide whether a line's recurrence may count. */
class LineShapeTest {

    private static LineShape shape(String line) {
        return LineShape.of(line, LineWords.normalisedWords(line));
    }

    private static List<Boolean> headlines(String... lines) {
        return java.util.Arrays.stream(lines).map(l -> shape(l).headline()).toList();
    }

    @Test
    void titlesAndCaptionsAreHeadlineShaped() {
        assertEquals(List.of(true, true, true), headlines(
                "Harbour board approves new breakwater",
                "A trawler waits at the quay in the morning fog",
                "2024 Island Games open in the rain"));
    }

    @Test
    void appealsQuestionsLabelsMenusAndShortLinesAreNot() {
        assertEquals(List.of(false, false, false, false, false, false, false, false), headlines(
                "Get the morning briefing in your inbox",
                "I'd like to give a little more",
                "Already a member of the club? Sign in",
                "Read more: the island news today",
                "News | Sport | Weather | Travel | Opinion",
                "Island Courier Weekend Edition",
                "The board meets again in March.",
                "read the whole story on the island"));
    }

    @Test
    void reportedProseSaysWhoSaidIt() {
        assertEquals(true, shape("The trust said it will donate $8m to victims.").reported());
        assertEquals(true, shape("Sailings resume, according to the operator.").reported());
        assertEquals(false, shape("Island reporting depends on donations.").reported());
    }
}
