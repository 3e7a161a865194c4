package org.corpuslint.text.language;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the Optimaize detector, the library's way (its 70 JSON profiles parsed and turned into
 * a map of probabilities: about a second of CPU and 80 MB of heap) or from the table the build
 * precomputed from those same profiles ({@link NgramTable}, resource {@link #TABLE}: a few tens
 * of milliseconds). Both give the same answers to the last bit.
 *
 * <p>The library has no way in for precomputed data, so the table's detector is the library's
 * own detector, built by its builder with all its defaults from one empty profile, whose
 * frequency data is then replaced, by reflection, with the table's: the
 * {@code NgramFrequencyData} made by its private constructor from the gram map
 * ({@link NgramProbabilities}) and the languages in the order the library's build gave them. The
 * version is pinned (0.6, released 2016, unchanged since); should reflection fail, the
 * identifier builds the detector the library's way.
 */
final class ProfileDetectors {

    /** A fixed seed makes the detector's random sampling, and so its answers, repeatable. */
    static final long SEED = 20_240_601L;
    static final String TABLE = "/org/corpuslint/text/language/ngrams.bin";
    /** How the detectors cut a text into grams. */
    static final NgramExtractor GRAMS = NgramExtractors.standard();

    private ProfileDetectors() {}

    /** The detector from the library's own profiles. */
    static LanguageDetector fromProfiles() {
        try {
            return builder().withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles", e);
        }
    }

    /** The detector from the precomputed table, if the build wrote it and the library lets in. */
    static Optional<LanguageDetector> fromTable() {
        try (InputStream in = ProfileDetectors.class.getResourceAsStream(TABLE)) {
            NgramTable table = in == null ? null : NgramTable.read(in);
            return table == null ? Optional.empty() : Optional.of(withTable(table));
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return Optional.empty(); // built from the profiles instead: slower, same answers
        }
    }

    private static LanguageDetector withTable(NgramTable table)
            throws ReflectiveOperationException {
        LanguageDetector detector = builder()
                .withProfile(new EmptyProfile(LdLocale.fromString(table.languages().get(0))))
                .build();
        List<LdLocale> languages = table.languages().stream().map(LdLocale::fromString).toList();
        Constructor<NgramFrequencyData> data = NgramFrequencyData.class
                .getDeclaredConstructor(Map.class, List.class);
        data.setAccessible(true);
        frequencyDataField(detector).set(detector,
                data.newInstance(new NgramProbabilities(table), languages));
        return detector;
    }

    /** The frequency data a detector the library built holds (for the build's table). */
    static NgramFrequencyData frequencyData(LanguageDetector detector)
            throws ReflectiveOperationException {
        return (NgramFrequencyData) frequencyDataField(detector).get(detector);
    }

    private static Field frequencyDataField(LanguageDetector detector)
            throws ReflectiveOperationException {
        Field field = detector.getClass().getDeclaredField("ngramFrequencyData");
        field.setAccessible(true);
        return field;
    }

    private static LanguageDetectorBuilder builder() {
        return LanguageDetectorBuilder.create(GRAMS).seed(SEED);
    }

    /** A profile of one language without grams: only what the builder checks. */
    private record EmptyProfile(LdLocale getLocale) implements LanguageProfile {

        /** Written out, not linked at first call like a record's (the builder hashes it once). */
        @Override
        public int hashCode() {
            return Objects.hashCode(getLocale);
        }

        @Override
        public List<Integer> getGramLengths() {
            return NgramExtractors.standard().getGramLengths();
        }

        @Override
        public int getFrequency(String gram) {
            return 0;
        }

        @Override
        public int getNumGrams(int gramLength) {
            return 0;
        }

        @Override
        public int getNumGrams() {
            return 0;
        }

        @Override
        public long getNumGramOccurrences(int gramLength) {
            return 0;
        }

        @Override
        public long getMinGramCount(int gramLength) {
            return 0;
        }

        @Override
        public long getMaxGramCount(int gramLength) {
            return 0;
        }

        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams() {
            return List.of();
        }

        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams(int gramLength) {
            return List.of();
        }
    }
}
