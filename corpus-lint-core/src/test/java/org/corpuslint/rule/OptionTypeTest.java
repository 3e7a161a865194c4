package org.corpuslint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpuslint.model.Severity;
import org.junit.jupiter.api.Test;

/** Option types parse once, say what they expected, and hold declared defaults to it. */
class OptionTypeTest {

    private static final Path BASE = Path.of("/corpus");

    private static String expected(OptionType<?> type, String text) {
        return assertThrows(OptionType.Rejected.class, () -> type.parse(text, BASE)).expected();
    }

    @Test
    void builtInTypesParseTrimmedTextAndNameWhatTheyExpected() throws OptionType.Rejected {
        assertEquals(true, OptionType.BOOLEAN.parse(" yes ", BASE));
        assertEquals("true or false", expected(OptionType.BOOLEAN, "maybe"));
        assertEquals(7, OptionType.integerAtLeast(2).parse("7", BASE));
        assertEquals("a whole number", expected(OptionType.integerAtLeast(2), "seven"));
        assertEquals("a whole number of at least 2", expected(OptionType.integerAtLeast(2), "1"));
        assertEquals("a number from 0 to 1", expected(OptionType.number(0, 1), "1.5"));
        assertEquals(List.of("a", "b"), OptionType.LIST.parse("a, ,b,", BASE));
        assertEquals(List.of(Path.of("/corpus/words.txt"), Path.of("/abs.txt")),
                OptionType.FILE_LIST.parse("words.txt, /abs.txt", BASE));
        assertEquals("integer, at least 2", OptionType.integerAtLeast(2).name());
        assertEquals("number, 0 to 1", OptionType.number(0, 1).name());
    }

    @Test
    void aDeclaredDefaultMustBeAValueOfItsType() {
        assertEquals("the default 'many' of option 'count' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> new RuleOption<>("count",
                        OptionType.INTEGER, "many", "a count")).getMessage());
    }

    @Test
    void aRuleReadsTheDeclaredDefaultOrTheConfiguredValue() {
        RuleOption<Integer> count = new RuleOption<>("count", OptionType.integerAtLeast(2), "3",
                "a count");
        assertEquals(3, RuleOptions.empty("r").value(count));
        assertEquals(5, new RuleOptions("r", Map.of("count", " 5 ")).value(count));
        assertEquals("option 'count' of rule 'r' is '1', expected a whole number of at least 2"
                + " (set at x.yaml:3:9)", assertThrows(IllegalArgumentException.class,
                        () -> new RuleOptions("r", Map.of("count", "1"), BASE,
                                Map.of("count", "x.yaml:3:9")).value(count)).getMessage());
    }

    @Test
    void aCatalogRefusesARuleRegisteredTwice() {
        RuleMetadata m = new RuleMetadata("twice", Severity.INFO, "s", "e", "x");
        assertThrows(IllegalArgumentException.class, () -> RuleCatalog.builder()
                .add(m, () -> null).add(m, () -> null));
    }
}
