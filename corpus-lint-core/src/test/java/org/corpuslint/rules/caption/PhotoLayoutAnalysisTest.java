package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.corpuslint.document.Document;
import org.corpuslint.rule.DocumentAnalyses;
import org.junit.jupiter.api.Test;

class PhotoLayoutAnalysisTest {

    private final DocumentAnalyses analyses = new DocumentAnalyses(new Document("a.txt",
            "Crowds gather in the square on Sunday\nPhoto: Jane Doe/Reuters\n"));

    @Test
    void photoRulesWithTheSameAgenciesShareOneLayoutPerDocument() {
        PhotoLayout first = analyses.get(new PhotoLayoutAnalysis(List.of("Press Eye")));
        PhotoLayout second = analyses.get(new PhotoLayoutAnalysis(List.of("Press Eye")));

        assertSame(first, second);
    }

    @Test
    void differentAgenciesGiveTheirOwnLayout() {
        PhotoLayout builtIn = analyses.get(new PhotoLayoutAnalysis(List.of()));
        PhotoLayout extra = analyses.get(new PhotoLayoutAnalysis(List.of("Press Eye")));

        assertNotSame(builtIn, extra);
    }
}
