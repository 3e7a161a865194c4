import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.corpuslint.eval.language.TranslationCatalogs;

/**
 * Weighs language identifiers for the {@code language} rule, one per fresh JVM (run by
 * {@code identifier-comparison.sh}): the CPU and wall time to build it with its models loaded,
 * the heap it holds, and how often it names the right language of real text — paragraphs of one
 * to four translated sentences and single sentences in the harness's 15 languages (the gettext
 * catalogs, as {@code LanguageEvaluation} reads them), short lines of three to five words of
 * them, and English paragraphs and short lines of news-dev, whose every answer other than
 * English would be a false alarm. Not a test: a measurement whose figures go into
 * docs/rules/language.md.
 */
public final class IdentifierComparison {

    static final String[] LANGUAGES = {"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da",
        "fi", "cs", "hu", "ro", "tr", "ru"};
    static final int SAMPLES = 150;

    public static void main(String[] args) throws Exception {
        String candidate = args[0];
        Path newsDev = Path.of(args[1]);
        // Text first, so that the timing below is the identifier's alone.
        Map<String, List<String>> sentences = new HashMap<>();
        for (String language : LANGUAGES) {
            sentences.put(language, TranslationCatalogs.sentences(language));
        }
        List<String> english = englishParagraphs(newsDev);
        System.gc();
        long heapBefore = usedHeap();
        long cpu0 = cpu();
        long wall0 = System.nanoTime();
        Function<String, String> identifier = build(candidate);
        long loadWall = (System.nanoTime() - wall0) / 1_000_000;
        long loadCpu = (cpu() - cpu0) / 1_000_000;
        System.gc();
        long heap = (usedHeap() - heapBefore) >> 20;

        Random random = new Random(7);
        int[] paragraphs = new int[2];
        int[] single = new int[2];
        int[] shortLines = new int[2];
        long detectNanos = 0;
        int detections = 0;
        for (String language : LANGUAGES) {
            List<String> pool = sentences.get(language);
            for (int i = 0; i < SAMPLES; i++) {
                String paragraph = paragraph(pool, random);
                long t = System.nanoTime();
                count(paragraphs, language.equals(identifier.apply(paragraph)));
                detectNanos += System.nanoTime() - t;
                detections++;
                count(single, language.equals(identifier.apply(pool.get(random.nextInt(pool.size())))));
                count(shortLines, language.equals(identifier.apply(shortLine(pool, random))));
            }
        }
        int[] englishParagraphs = new int[2];
        int[] englishShort = new int[2];
        for (int i = 0; i < Math.min(english.size(), SAMPLES * 4); i++) {
            String paragraph = english.get(i);
            count(englishParagraphs, "en".equals(identifier.apply(paragraph)));
            count(englishShort, "en".equals(identifier.apply(firstWords(paragraph, 3 + i % 3))));
        }
        System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d MB | %s | %s | %s | %s | %s | %.2f ms |%n",
                candidate, loadCpu, loadWall, heap, share(paragraphs), share(single),
                share(shortLines), share(englishParagraphs), share(englishShort),
                detectNanos / 1e6 / detections);
    }

    /** The identifier as a function from text to an ISO 639-1 code (or null). */
    static Function<String, String> build(String candidate) throws IOException {
        switch (candidate) {
            case "optimaize": {
                var detector = com.optimaize.langdetect.LanguageDetectorBuilder
                        .create(com.optimaize.langdetect.ngram.NgramExtractors.standard())
                        .withProfiles(new com.optimaize.langdetect.profiles.LanguageProfileReader()
                                .readAllBuiltIn())
                        .seed(20_240_601L).build();
                var texts = com.optimaize.langdetect.text.CommonTextObjectFactories
                        .forDetectingOnLargeText();
                return text -> {
                    var ranked = detector.getProbabilities(texts.forText(text));
                    return ranked.isEmpty() ? null : ranked.get(0).getLocale().getLanguage();
                };
            }
            case "corpus-lint": {
                var shared = org.corpuslint.text.language.LanguageIdentifier.shared();
                shared.identify("warm up"); // builds it
                return text -> shared.identify(text).map(g -> g.code().replaceAll("-.*", ""))
                        .orElse(null);
            }
            case "lingua-high", "lingua-low", "lingua-high-16", "lingua-low-16": {
                var builder = candidate.endsWith("-16")
                        ? com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromIsoCodes639_1(
                                isoCodes())
                        : com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
                if (candidate.startsWith("lingua-low")) {
                    builder = builder.withLowAccuracyMode();
                }
                var detector = builder.withPreloadedLanguageModels().build();
                return text -> {
                    Language language = detector.detectLanguageOf(text);
                    return language == Language.UNKNOWN ? null
                            : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
                };
            }
            case "opennlp": {
                opennlp.tools.langdetect.LanguageDetectorModel model;
                try (InputStream in = IdentifierComparison.class.getResourceAsStream(
                        "/langdetect-183.bin")) {
                    model = new opennlp.tools.langdetect.LanguageDetectorModel(in);
                }
                var detector = new opennlp.tools.langdetect.LanguageDetectorME(model);
                Map<String, String> twoLetter = new HashMap<>();
                for (String code : Locale.getISOLanguages()) {
                    twoLetter.put(new Locale(code).getISO3Language(), code);
                }
                return text -> twoLetter.get(detector.predictLanguage(text).getLang());
            }
            default:
                throw new IllegalArgumentException(candidate);
        }
    }

    static IsoCode639_1[] isoCodes() {
        List<IsoCode639_1> codes = new ArrayList<>();
        codes.add(IsoCode639_1.EN);
        for (String language : LANGUAGES) {
            codes.add(IsoCode639_1.valueOf(language.toUpperCase(Locale.ROOT)));
        }
        return codes.toArray(new IsoCode639_1[0]);
    }

    /** News-dev's body lines of at least 8 words, in file order. */
    static List<String> englishParagraphs(Path newsDev) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(newsDev)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.strip().split("\\s+").length >= 8) {
                        out.add(line.strip());
                    }
                }
            }
        }
        Collections.shuffle(out, new Random(11));
        return out;
    }

    static String paragraph(List<String> sentences, Random random) {
        int count = 1 + random.nextInt(4);
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(sentences.get(random.nextInt(sentences.size())));
        }
        return String.join(" ", picked);
    }

    static String shortLine(List<String> sentences, Random random) {
        return firstWords(sentences.get(random.nextInt(sentences.size())), 3 + random.nextInt(3));
    }

    static String firstWords(String text, int words) {
        String[] all = text.split("\\s+");
        return String.join(" ", List.of(all).subList(0, Math.min(words, all.length)));
    }

    static void count(int[] tally, boolean right) {
        tally[right ? 0 : 1]++;
    }

    static String share(int[] tally) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * tally[0] / (tally[0] + tally[1]));
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
