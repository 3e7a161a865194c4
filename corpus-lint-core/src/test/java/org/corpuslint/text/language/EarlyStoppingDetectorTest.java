package org.corpuslint.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The early-stopping answer to "is this text confidently in another language?" is the
 * detector's own answer, filtered: same language, same confidence to the bit, same empties, for
 * prose in several languages, mixtures of two (whose confidences fall between the thresholds),
 * short texts and every line of the rule fixtures.
 */
class EarlyStoppingDetectorTest {

    private static final List<String> SENTENCES = List.of(
            "The lighthouse keeper wrote in his log that the fog had lifted before dawn and that "
                    + "the fishing boats went out as soon as the tide allowed them.",
            "Der Leuchtturmwärter schrieb in sein Logbuch, dass sich der Nebel vor der Dämmerung "
                    + "gelichtet habe und die Fischerboote ausgelaufen seien.",
            "Le gardien du phare a noté dans son journal que le brouillard s'était levé avant "
                    + "l'aube et que les bateaux de pêche étaient sortis avec la marée.",
            "El farero escribió en su diario que la niebla se había disipado antes del amanecer "
                    + "y que los barcos de pesca salieron con la marea.",
            "Il guardiano del faro ha scritto nel suo diario che la nebbia si era alzata prima "
                    + "dell'alba e che i pescherecci erano usciti con la marea.",
            "De vuurtorenwachter schreef in zijn logboek dat de mist voor zonsopgang was "
                    + "opgetrokken en dat de vissersboten met het tij waren uitgevaren.",
            "Latarnik zapisał w dzienniku, że mgła opadła przed świtem, a łodzie rybackie "
                    + "wypłynęły, gdy tylko pozwolił na to przypływ.",
            "Смотритель маяка записал в журнале, что туман рассеялся до рассвета и рыбацкие "
                    + "лодки вышли в море с приливом.",
            "O faroleiro escreveu no seu diário que o nevoeiro se dissipou antes do amanhecer e "
                    + "que os barcos de pesca saíram com a maré.",
            "Fyrvaktaren skrev i sin loggbok att dimman hade lättat före gryningen och att "
                    + "fiskebåtarna gick ut så snart tidvattnet tillät.",
            "灯塔看守人在日志中写道，雾在黎明前散去，渔船随着潮水出海了。",
            "Shares in Acme Holdings rose 4.2% to 310p on Tuesday after the group reported "
                    + "first-half sales of £1.2bn.",
            "12 34 56 78 90", "storm", "die Fähre", "");

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "zh");
    private static final double[] CONFIDENCES = {0.9, 0.5, 0.2, 0.99};

    @Test
    void answersAsTheDetectorDoes() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(SENTENCES);
        for (String first : SENTENCES) {
            for (String second : SENTENCES) {
                texts.add(first + " " + second + "\n");
            }
        }
        texts.addAll(fixtureLines());
        LanguageIdentifier identifier = LanguageIdentifier.shared();
        int foreign = 0;
        int mixed = 0;
        for (String text : texts) {
            Optional<LanguageGuess> guess = identifier.identify(text);
            if (guess.isPresent() && guess.get().confidence() > 0.2
                    && guess.get().confidence() < 0.9) {
                mixed++;
            }
            for (String language : LANGUAGES) {
                for (double confidence : CONFIDENCES) {
                    Optional<LanguageGuess> expected = guess.filter(g -> !g.is(language)
                            && g.confidence() >= confidence);
                    Optional<LanguageGuess> answer = identifier.identifyOther(text, language,
                            confidence);
                    assertEquals(expected.map(EarlyStoppingDetectorTest::exactly),
                            answer.map(EarlyStoppingDetectorTest::exactly),
                            language + " " + confidence + ": " + text);
                    foreign += answer.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(foreign > 100 && mixed > 10, "the texts cover both answers and mixtures: "
                + foreign + " foreign, " + mixed + " mixed");
    }

    private static String exactly(LanguageGuess guess) {
        return guess.code() + "=" + Double.doubleToLongBits(guess.confidence());
    }

    /** Every line of the rule fixtures with a few words, and each fixture whole. */
    private static List<String> fixtureLines() throws IOException, URISyntaxException {
        Path rules = Path.of(EarlyStoppingDetectorTest.class.getResource("/org/corpuslint/rules")
                .toURI());
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                out.add(text);
                text.lines().filter(line -> line.length() >= 20).map(line -> line + "\n")
                        .forEach(out::add);
            }
        }
        return out;
    }
}
