package org.corpuslint.rules.typo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalNamesTest {

    @Test
    void readsGivenNamesAndSurnamesOfManyLocales() {
        assertTrue(PersonalNames.size() > 20_000, "names: " + PersonalNames.size());
        assertTrue(PersonalNames.isGivenName("Patrik"));
        assertTrue(PersonalNames.isGivenName("Peter"));
        assertTrue(PersonalNames.isSurname("Murray"));
        assertFalse(PersonalNames.contains("Perer"));
        assertFalse(PersonalNames.contains("Dvid"));
    }

    @Test
    void spellsOutAndDropsAccents() {
        assertTrue(PersonalNames.contains("Jürgen"));
        assertTrue(PersonalNames.contains("Juergen"));
        assertTrue(PersonalNames.contains("Jurgen"));
    }

    @Test
    void readsListsInlineAndItemisedAndSkipsTemplatesAndOtherKeys() throws IOException {
        String yaml = String.join("\n",
                "xx:",
                "  faker:",
                "    name:",
                "      first_name: [\"Ana\", \"Bo\"]",
                "      last_name:",
                "        - \"Novak\"",
                "        - Horvat",
                "        - \"#{first_name} von Berg\"",
                "      title:",
                "        - \"Doctor\"",
                "    address:",
                "      city_name:",
                "        - \"Split\"");
        Map<String, Integer> names = new HashMap<>();
        PersonalNames.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                names);
        assertEquals(Map.of("Ana", 1, "Bo", 1, "Novak", 2, "Horvat", 2), names);
    }
}
