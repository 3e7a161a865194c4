package org.corpuslint.text.language;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Build step (the core's {@code process-classes} phase): writes the language profiles of the
 * Optimaize jar on the class path as an {@link NgramTable} into the classes folder, so that a
 * start-up reads 2.7 MB of numbers instead of parsing 70 JSON profiles (see
 * {@link ProfileDetectors}). The table takes the language order from a detector the library
 * builds, and every probability it gives is checked against that detector's own, to the bit:
 * the build fails rather than ship a table that would change an answer. Public only so that
 * the build can run it.
 */
public final class PrecomputedLanguageProfiles {

    private PrecomputedLanguageProfiles() {}

    /** {@code args[0]}: the classes folder. */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        NgramTable table = table();
        Path target = Path.of(args[0]).resolve(ProfileDetectors.TABLE.substring(1));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            table.write(out);
        }
    }

    /** The table of the library's profiles, checked against the library's detector. */
    static NgramTable table() throws IOException, ReflectiveOperationException {
        List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
        LanguageDetector built = ProfileDetectors.fromProfiles();
        NgramFrequencyData data = ProfileDetectors.frequencyData(built);
        Map<LdLocale, LanguageProfile> byLocale = new HashMap<>();
        profiles.forEach(p -> byLocale.put(p.getLocale(), p));
        List<String> languages = new ArrayList<>();
        List<Map<String, Integer>> grams = new ArrayList<>();
        long[] totals = new long[data.getLanguageList().size() * NgramTable.MAX_GRAM];
        for (LdLocale locale : data.getLanguageList()) {
            LanguageProfile profile = byLocale.get(locale);
            Map<String, Integer> counts = new HashMap<>();
            for (int length = 1; length <= NgramTable.MAX_GRAM; length++) {
                totals[languages.size() * NgramTable.MAX_GRAM + length - 1] =
                        profile.getNumGramOccurrences(length);
                for (Map.Entry<String, Integer> gram : profile.iterateGrams(length)) {
                    counts.put(gram.getKey(), gram.getValue());
                }
            }
            languages.add(locale.toString());
            grams.add(counts);
        }
        NgramTable table = NgramTable.of(languages, grams, totals);
        check(table, data, grams);
        return table;
    }

    private static void check(NgramTable table, NgramFrequencyData data,
            List<Map<String, Integer>> grams) {
        int checked = 0;
        for (Map<String, Integer> language : grams) {
            for (String gram : language.keySet()) {
                int index = table.indexOf(gram);
                if (index < 0 || !Arrays.equals(data.getProbabilities(gram),
                        table.probabilities(index, gram.length()))) {
                    throw new IllegalStateException("the table's probabilities of '" + gram
                            + "' differ from the detector's");
                }
                checked++;
            }
        }
        if (checked == 0) {
            throw new IllegalStateException("no language profiles on the class path");
        }
    }
}
