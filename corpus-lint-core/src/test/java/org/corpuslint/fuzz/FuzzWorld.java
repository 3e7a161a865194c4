package org.corpuslint.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.testing.TempCorpus;

/**
 * The folder one fuzz case runs in: the corpus, a sibling {@code outside} folder and a file
 * beside the corpus, both holding text that rules would fix (a misspelt word, a duplicated line,
 * a broken date header), so that any write that escapes the corpus changes them.
 */
final class FuzzWorld {

    /** Text every rule with a fix would change, were it inside the corpus. */
    static final String FIXABLE = " date 2024-13-45 Share this article\n"
            + "Harbour news\n\nThe postgres server of the council went down on Tuesday.\n"
            + "Sign up for our newsletter\nSign up for our newsletter\n"
            + "The council said teh repairs end on Tuesday.\n";

    private final Path caseRoot;

    private FuzzWorld(Path caseRoot) {
        this.caseRoot = caseRoot;
    }

    static FuzzWorld create(Path caseRoot) throws IOException {
        FuzzWorld world = new FuzzWorld(caseRoot);
        Files.createDirectories(world.corpus());
        Files.createDirectories(world.outside().resolve("folder/deeper"));
        write(world.outside().resolve("passwd"), "root:x:0:0\npostgres:x:26:26\n" + FIXABLE);
        write(world.outside().resolve("article.txt"), FIXABLE);
        write(world.outside().resolve("folder/story.txt"), FIXABLE);
        write(world.outside().resolve("folder/deeper/story.txt"), FIXABLE);
        write(world.beside(), FIXABLE);
        return world;
    }

    Path corpus() {
        return caseRoot.resolve("corpus");
    }

    Path outside() {
        return caseRoot.resolve("outside");
    }

    /** A file next to the corpus folder, as a sibling article would be. */
    Path beside() {
        return caseRoot.resolve("beside.txt");
    }

    /** Everything in the case folder but the corpus: must be the same after any run. */
    Map<String, String> snapshotOutsideCorpus() {
        Map<String, String> all = new TreeMap<>(TempCorpus.snapshot(caseRoot));
        all.keySet().removeIf(key -> key.equals("corpus") || key.startsWith("corpus/"));
        return all;
    }

    /** Everything in the case folder, the corpus included (a dry run writes nothing at all). */
    Map<String, String> snapshotAll() {
        return TempCorpus.snapshot(caseRoot);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
