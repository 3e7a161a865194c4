package org.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.fix.CorpusFixer;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire story copied into several outlet folders is one story: its lines recur because the
 * article does, so neither its lead, its list nor its title is boilerplate, and {@code fix}
 * deletes nothing from the copies. Chrome around the copies that recurs across distinct
 * stories is still found.
 */
class SyndicatedCopiesTest {

    private static final String[] OUTLETS = {"coast", "isles", "valley", "north", "south",
        "west"};
    private static final String[] WIRE_STORY = {
        "Harbour board approves new breakwater",
        "",
        "The harbour board approved plans for a new breakwater on Tuesday, ending three years of"
                + " argument over the cost of protecting the fishing fleet from winter storms.",
        "",
        "Board members voted six to two in favour of the scheme, which will be paid for by port"
                + " fees and a grant from the regional fund.",
        "",
        "Skippers said they had lost more than forty days at sea last winter because the old"
                + " wall no longer sheltered the inner basin.",
        "",
        "The scheme includes:",
        "A granite breakwater",
        "Two new berths",
        "A lifeboat slipway",
        "Lighting on the pier",
        "",
        "Work is due to start in the spring and should take about eighteen months to finish.",
        "",
        "The board meets again in March."};
    private static final String CHROME = "Island Courier Weekend Edition";

    /** The wire story in every outlet folder, and 18 distinct stories spread over them. */
    private static Map<String, String> corpus(String chromeAtEnd) {
        Map<String, String> documents = new java.util.TreeMap<>();
        String suffix = chromeAtEnd == null ? "" : "\n" + chromeAtEnd + "\n";
        for (String outlet : OUTLETS) {
            documents.put(outlet + "/wire-breakwater.txt",
                    String.join("\n", WIRE_STORY) + "\n" + suffix);
        }
        for (int i = 0; i < 18; i++) {
            documents.put(OUTLETS[i % OUTLETS.length] + "/local-" + i + ".txt",
                    String.join("\n", BoilerplateFixtures.story(1000 + i)) + "\n" + suffix);
        }
        return documents;
    }

    private static RuleFixture fixture(Map<String, String> documents) {
        RuleFixture fixture = RuleFixture.corpus();
        documents.forEach(fixture::rawDoc);
        return fixture;
    }

    @Test
    void noCopyOfTheWireStoryIsReported() {
        assertEquals(List.of(), fixture(corpus(null)).findings(BoilerplateRule::new));
    }

    @Test
    void fixWithBoilerplateChangesNothing(@TempDir Path folder) {
        TempCorpus disk = new TempCorpus(folder.resolve("corpus"));
        corpus(null).forEach(disk::file);
        Map<String, String> before = TempCorpus.snapshot(disk.root());
        FixOutcome outcome = new CorpusFixer(LintConfig.builder().threads(1).build(),
                new FixOptions(Set.of(BoilerplateRule.ID), false)
                        .withMinimumConfidence(FixConfidence.UNSURE)).fix(disk.root());
        assertEquals(0, outcome.fixesApplied());
        assertEquals(before, TempCorpus.snapshot(disk.root()));
    }

    @Test
    void chromeAroundTheCopiesIsStillFound(@TempDir Path folder) throws IOException {
        assertEquals(List.of("coast/wire-breakwater.txt:19:1-19:31 warning [boilerplate]"
                + " boilerplate (repeated line): 'Island Courier Weekend Edition' | fix: delete"
                + " the line => 18:1-20:1 \"\""),
                fixture(corpus(CHROME)).findingsIn("coast/wire-breakwater.txt",
                        BoilerplateRule::new));
        TempCorpus disk = new TempCorpus(folder.resolve("corpus"));
        corpus(CHROME).forEach(disk::file);
        new CorpusFixer(LintConfig.builder().threads(1).build(),
                new FixOptions(Set.of(BoilerplateRule.ID), false)
                        .withMinimumConfidence(FixConfidence.UNSURE)).fix(disk.root());
        assertEquals(String.join("\n", WIRE_STORY) + "\n",
                Files.readString(disk.path("isles/wire-breakwater.txt")));
    }
}
