package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corpuslint.testing.RuleFixture;

/**
 * A fixture corpus whose first article is everyday prose, so the corpus knows the common words
 * and nothing else; the documents under test follow it as {@code c0.txt}, {@code c1.txt}, ...
 */
final class EverydayCorpus {

    static final String EVERYDAY = ("It will rain, they said, and we will see that it"
            + " is just as they have said. People have gone home. Their needs are being met. ")
            .repeat(30);

    private EverydayCorpus() {
    }

    static RuleFixture with(String... documents) {
        RuleFixture corpus = RuleFixture.corpus().doc("a.txt", EVERYDAY);
        for (int i = 0; i < documents.length; i++) {
            corpus.doc("c" + i + ".txt", documents[i]);
        }
        return corpus;
    }

    static List<String> typoFindings(RuleFixture corpus) {
        return corpus.findings(TypoRule::new);
    }

    /** The typo findings on {@code docs}, after the everyday article. */
    static List<String> findings(String... docs) {
        return typoFindings(with(docs));
    }

    /** The typo findings on {@code docs} followed by {@code more}, after the everyday article. */
    static List<String> findings(List<String> docs, String... more) {
        List<String> all = new ArrayList<>(docs);
        all.addAll(Arrays.asList(more));
        return findings(all.toArray(new String[0]));
    }

    /** {@code times} documents, each with {@code sentence} and its number. */
    static List<String> repeated(String sentence, int times) {
        List<String> docs = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            docs.add(sentence + " It was day " + (k + 1) + ".");
        }
        return docs;
    }
}
