package org.corpuslint.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corpuslint.engine.CorpusLintException;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

class LanguageRuleTest {

    private static final String ENGLISH = "The harbour master said on Friday that the new quay"
            + " would be ready before the summer season began in earnest.";
    private static final String SPANISH = "El ayuntamiento aprobó el viernes un plan para"
            + " ampliar el puerto antes de que empiece la temporada de verano.";

    private static RuleFixture corpus(String key, String value) {
        LintConfig.Builder config = LintConfig.builder().threads(1);
        if (key != null) {
            config.ruleOption(LanguageRule.ID, key, value);
        }
        return RuleFixture.corpus().config(config.build());
    }

    @Test
    void oneForeignParagraphAmongEnglishIsReported() {
        assertEquals(List.of("a.txt:2:1-2:110 warning [language] 1 paragraph in Spanish (es),"
                + " confidence 1.00, not the corpus language (en)"),
                corpus(null, null).doc("a.txt", ENGLISH, SPANISH, ENGLISH)
                        .findings(LanguageRule::new));
    }

    @Test
    void shortForeignLinesAndNameListsDoNotCount() {
        assertEquals(List.of(), corpus(null, null).doc("a.txt", ENGLISH, "¡Viva el puerto!",
                "José Luis Rodríguez Zapatero, María Dolores de Cospedal", ENGLISH)
                .findings(LanguageRule::new));
    }

    @Test
    void minWordsDecidesWhichParagraphsAreJudged() {
        // Each paragraph has 18 words that are not capitalised.
        assertEquals(List.of(), corpus("minWords", "19").doc("a.txt", ENGLISH, SPANISH, ENGLISH)
                .findings(LanguageRule::new));
    }

    @Test
    void theCorpusLanguageIsConfigurable() {
        assertEquals(List.of("a.txt:1:1-1:110 warning [language] 1 paragraph in English (en),"
                + " confidence 1.00, not the corpus language (es)"),
                corpus("language", "ES").doc("a.txt", ENGLISH, SPANISH)
                        .findings(LanguageRule::new));
    }

    @Test
    void aHeaderWithoutBodyIsQuiet() {
        assertEquals(List.of(), corpus(null, null).doc("a.txt", " date 2024-06-19")
                .findings(LanguageRule::new));
    }

    @Test
    void badOptionValuesAreClearErrors() {
        String unknown = optionError("language", "xx");
        assertTrue(unknown.startsWith("invalid configuration: option 'language' of rule"
                + " 'language' is 'xx', expected a language code the identifier knows (af, an,"),
                unknown);
        assertEquals("invalid configuration: option 'minConfidence' of rule 'language' is '0.2',"
                + " expected a number from 0.5 to 1", optionError("minConfidence", "0.2"));
        assertEquals("invalid configuration: option 'minWords' of rule 'language' is '2',"
                + " expected a whole number of at least 3", optionError("minWords", "2"));
    }

    private static String optionError(String key, String value) {
        RuleFixture corpus = corpus(key, value).doc("a.txt", ENGLISH);
        return assertThrows(CorpusLintException.class, () -> corpus.findings(LanguageRule::new))
                .getMessage();
    }
}
