package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpuslint.document.Document;
import org.junit.jupiter.api.Test;

class ClusteredSignaturesTest {

    private static final String STORY = "The ferry to the northern islands ran late on Tuesday"
            + " after a storm closed the harbour for most of the morning.\n";

    private static CorpusProfile profileOfThree() {
        CorpusProfile profile = new CorpusProfile();
        profile.add(new Document("a/ferry.txt", STORY));
        profile.add(new Document("b/ferry-copy.txt", STORY));
        profile.add(new Document("a/council.txt", "The council met in the old library and"
                + " agreed to repair the roof of the swimming pool before winter.\n"));
        return profile;
    }

    @Test
    void keepsTheClustersAndTheSignaturesOfTheirMembersOnly() {
        CorpusProfile profile = profileOfThree();
        List<DuplicateCluster> before = profile.duplicateClusters(0.75).clusters();
        assertEquals(1, before.size());

        profile.keepOnlyClusteredSignatures();

        assertEquals(before, profile.duplicateClusters(0.75).clusters());
        List<String> kept = profile.statistic(DuplicateSignatures.STATISTIC).inPathOrder()
                .stream().map(DocumentSignature::path).toList();
        assertEquals(List.of("a/ferry.txt", "b/ferry-copy.txt"), kept);
        assertThrows(IllegalStateException.class, () -> profile.duplicateClusters(0.5));
    }

    @Test
    void keepsEverySignatureWhileNoClusterWasFound() {
        CorpusProfile profile = profileOfThree();

        profile.keepOnlyClusteredSignatures();

        assertEquals(3, profile.statistic(DuplicateSignatures.STATISTIC).size());
        assertEquals(1, profile.duplicateClusters(0.5).clusters().size());
    }
}
