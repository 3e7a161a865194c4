package org.corpuslint.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Finding;
import org.corpuslint.model.TextEdit;
import org.corpuslint.testing.RuleFixture;

/** Invented article text and helpers shared by the boilerplate tests. */
final class BoilerplateFixtures {

    private BoilerplateFixtures() {}

    static final String TITLE = "Ferry crossings resume after storm repairs";
    static final String PROSE_1 = "Ferry crossings between the mainland and the islands resumed on"
            + " Monday after a week of repairs to the harbour wall.";
    static final String PROSE_2 = "The operator said timetables would return to normal by the"
            + " weekend, although the first sailing of each day would leave later.";
    static final String PROSE_3 = "Harbour staff worked through the night to clear debris from"
            + " the slipway before the first boat arrived.";

    private static final String[] STORY_WORDS = ("harbour ferry council quay island tide"
            + " fleet skipper storm lighthouse market school bridge road village parish meadow"
            + " orchard mill river valley station signal timber granite pier boat crew cargo"
            + " winter summer rain gale fog beacon chapel library museum farm cattle barley"
            + " wool salt herring lobster net rope anchor sail mast deck engine fuel repair"
            + " survey budget vote plan grant").split(" ");

    /**
     * A headline and two prose paragraphs of invented words, different for every {@code seed}:
     * a distinct story, not a copy of another (copies of one story count once as repetition).
     */
    static String[] story(int seed) {
        java.util.Random random = new java.util.Random(seed * 7919L + 17);
        return new String[] {"Island story number " + seed, "", sentence(random, 18), "",
            sentence(random, 22)};
    }

    private static String sentence(java.util.Random random, int words) {
        StringBuilder out = new StringBuilder("The");
        for (int i = 0; i < words; i++) {
            out.append(' ').append(STORY_WORDS[random.nextInt(STORY_WORDS.length)]);
        }
        return out.append('.').toString();
    }

    /** An article with {@code chrome} as its own paragraph between two prose paragraphs. */
    static String[] withMiddle(String chrome) {
        return new String[] {TITLE, "", PROSE_1, "", chrome, "", PROSE_2};
    }

    static List<String> findings(String... lines) {
        return RuleFixture.corpus().doc("a.txt", lines).findings(BoilerplateRule::new);
    }

    static List<String> findingsOfRaw(String text) {
        return RuleFixture.corpus().rawDoc("a.txt", text).findings(BoilerplateRule::new);
    }

    static List<String> findings(LintConfig config, String... lines) {
        return RuleFixture.corpus().config(config).doc("a.txt", lines)
                .findings(BoilerplateRule::new);
    }

    static LintConfig.Builder options() {
        return LintConfig.builder().threads(1);
    }

    /** The text once every fix is applied, edits from last to first. */
    static String fixed(String text) {
        List<Finding> findings = RuleFixture.corpus().rawDoc("a.txt", text)
                .run(List.of(BoilerplateRule::new));
        List<TextEdit> edits = new ArrayList<>();
        findings.forEach(f -> edits.addAll(f.fix().edits()));
        edits.sort((a, b) -> Integer.compare(b.start().offset(), a.start().offset()));
        StringBuilder out = new StringBuilder(text);
        edits.forEach(e -> out.replace(e.start().offset(), e.end().offset(), e.replacement()));
        return out.toString();
    }

    /** The rendered finding for a one-line block. */
    static String oneLine(int line, String text, String kind, String deletion) {
        return "a.txt:" + line + ":1-" + line + ":" + (text.length() + 1)
                + " warning [boilerplate] boilerplate (" + kind + "): '" + text + "'"
                + " | fix: delete the line => " + deletion + " \"\"";
    }
}
