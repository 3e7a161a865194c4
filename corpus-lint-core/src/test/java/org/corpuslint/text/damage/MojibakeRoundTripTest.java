package org.corpuslint.text.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real mojibake made by the wrong decoding itself, repaired back to the original text. */
class MojibakeRoundTripTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @ParameterizedTest
    @ValueSource(strings = {"They’re here", "café crème", "Zürich–Genève", "€12 “quoted",
        "São Paulo", "Kraków", "Ελλάδα", "Привет", "日本", "smile 😀", "naïve…",
        "Œuvre • ™ ©"})
    void wrongDecodingIsRepairedToTheOriginal(String original) {
        String damaged = new String(original.getBytes(StandardCharsets.UTF_8), CP1252);
        assertEquals(original, repaired(damaged), damaged);
    }

    @Test
    void textDamagedTwiceIsRepairedTwice() {
        String once = new String("“Yes’".getBytes(StandardCharsets.UTF_8), CP1252);
        String twice = new String(once.getBytes(StandardCharsets.UTF_8), CP1252);
        assertEquals("“Yes’", repaired(twice));
    }

    /** ”, Ł, с and 東 hold a byte Windows-1252 leaves undefined; the JDK decodes it as U+FFFD. */
    @ParameterizedTest
    @ValueSource(strings = {"“quoted”", "Łódź", "Москва", "東京"})
    void mojibakeWithALostByteIsFoundButNotRepaired(String original) {
        String damaged = new String(original.getBytes(StandardCharsets.UTF_8), CP1252);
        List<Damage> damages = TextDamage.scan(damaged).damages();
        assertEquals(true, damages.stream().anyMatch(d -> d.kind() == DamageKind.MOJIBAKE
                && d.repair() == null && damaged.substring(d.start(), d.end()).contains("\uFFFD")),
                damaged + " " + damages);
        assertEquals(true, damages.stream().allMatch(d -> d.kind() == DamageKind.MOJIBAKE),
                damages.toString());
    }

    @Test
    void cleanTextHasNoDamage() {
        assertEquals(List.of(), TextDamage.scan("Plain text, £5, “quotes” — and café.")
                .damages());
    }

    /** The text with every mojibake damage replaced by its repair. */
    private static String repaired(String text) {
        List<Damage> damages = new ArrayList<>();
        MojibakeFinder.find(text, damages);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Damage d : damages) {
            out.append(text, at, d.start()).append(d.repair());
            at = d.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
