package org.corpuslint.text.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Language identification by the Optimaize language detector (character n-gram profiles of 70
 * languages), which LanguageTool already brings: no extra jar. Its profiles come from a table
 * the build precomputed ({@link ProfileDetectors}), read once per JVM on first use in a few
 * tens of milliseconds. It is unreliable on a few words and good on a paragraph, which is what
 * the rule gives it. The detector is immutable after building and safe to share between
 * threads; a fixed seed makes its answers repeatable.
 */
public final class LanguageIdentifier {

    private final LanguageDetector detector;
    /** {@code CommonTextObjectFactories.forDetectingOnLargeText()}, its filters made one. */
    private final TextObjectFactory texts = new TextObjectFactoryBuilder().maxTextLength(10_000)
            .withTextFilter(new LargeTextFilter()).build();
    /** The same answers to "is it another language?" with fewer trials; null if out of reach. */
    private final EarlyStoppingDetector earlyStopping;

    private LanguageIdentifier(LanguageDetector detector) {
        this.detector = detector;
        this.earlyStopping = earlyStopping(detector);
    }

    private static EarlyStoppingDetector earlyStopping(LanguageDetector detector) {
        try {
            return new EarlyStoppingDetector(ProfileDetectors.frequencyData(detector),
                    ProfileDetectors.GRAMS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the detector answers every question itself: slower, same answers
        }
    }

    /** The one identifier of this JVM, built on first use. */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    /** The codes of the languages it knows, without loading their profiles. */
    public static Set<String> languages() {
        Set<String> codes = new TreeSet<>();
        BuiltInLanguages.getLanguages().forEach(locale -> codes.add(locale.toString()));
        return codes;
    }

    /** The most likely language of {@code text}, if the detector names one. */
    public Optional<LanguageGuess> identify(CharSequence text) {
        return guess(texts.forText(text));
    }

    /**
     * The most likely language of {@code text} when it is not {@code language} ({@link
     * LanguageGuess#is}) and the identifier gives it at least {@code minConfidence}: what
     * {@link #identify} answers, so filtered, at a fraction of the cost when the answer is no.
     */
    public Optional<LanguageGuess> identifyOther(CharSequence text, String language,
            double minConfidence) {
        CharSequence filtered = texts.forText(text);
        if (earlyStopping != null && EarlyStoppingDetector.takesLongTextPath(filtered)) {
            return earlyStopping.otherThan(filtered, language, minConfidence);
        }
        return guess(filtered).filter(g -> !g.is(language) && g.confidence() >= minConfidence);
    }

    private Optional<LanguageGuess> guess(CharSequence filtered) {
        List<DetectedLanguage> ranked = detector.getProbabilities(filtered);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage top = ranked.get(0);
        return Optional.of(new LanguageGuess(top.getLocale().toString(), top.getProbability()));
    }

    /** The identifier from the library's own profiles, as without the precomputed table. */
    static LanguageIdentifier fromProfiles() {
        return new LanguageIdentifier(ProfileDetectors.fromProfiles());
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier(
                ProfileDetectors.fromTable().orElseGet(ProfileDetectors::fromProfiles));
    }
}
