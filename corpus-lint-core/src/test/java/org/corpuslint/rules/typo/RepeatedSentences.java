package org.corpuslint.rules.typo;

import java.util.List;
import org.corpuslint.testing.RuleFixture;

/**
 * A fixture corpus of one document per sentence, each sentence written twelve times so the
 * corpus knows its words well; documents under test are added beside them.
 */
final class RepeatedSentences {

    private static final int TIMES = 12;

    private RepeatedSentences() {
    }

    static RuleFixture corpus(String... sentences) {
        RuleFixture corpus = RuleFixture.corpus();
        for (int i = 0; i < sentences.length; i++) {
            corpus.doc("c" + i + ".txt", sentences[i].repeat(TIMES));
        }
        return corpus;
    }

    static List<String> findings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }
}
