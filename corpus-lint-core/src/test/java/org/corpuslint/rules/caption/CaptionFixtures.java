package org.corpuslint.rules.caption;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.corpuslint.rule.Rule;
import org.corpuslint.testing.RuleFixture;

/**
 * The articles under {@code src/test/resources/org/corpuslint/rules/caption}, written for
 * these tests; each reproduces a layout seen in scraped news (see the README's caption
 * section).
 */
final class CaptionFixtures {

    /** Every fixture, for tests that pin a rule's findings on all of them. */
    static final List<String> ALL = List.of("wire-gallery.txt", "alt-text-gallery.txt",
            "chained-credits.txt", "prose-description.txt", "titled-photos.txt",
            "labelled-captions.txt", "quiet-prose.txt");

    private CaptionFixtures() {}

    static String text(String name) {
        try (InputStream in = CaptionFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of {@code rule} on the fixture {@code name}, rendered by RuleFixture. */
    static List<String> findings(String name, Supplier<Rule> rule) {
        return RuleFixture.corpus().rawDoc(name, text(name)).findings(rule);
    }
}
