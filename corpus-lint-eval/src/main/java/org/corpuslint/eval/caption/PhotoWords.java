package org.corpuslint.eval.caption;

import java.util.List;
import java.util.Random;

/**
 * Invented vocabulary for planted galleries: photographers, agencies (some that the shipped
 * list does not know), captions, alt texts and titles. Nothing here is taken from a real
 * article.
 */
final class PhotoWords {

    static final List<String> FIRST = List.of("Anna", "Lars", "Maria", "Erik", "Ingrid", "Olga",
            "Dmitri", "Sergio", "Aisha", "Kenji", "Hye-jin", "Ahmed", "Ludovic", "Chloe", "Tomasz",
            "Priya", "Mateo", "Fatima", "Jonas", "Yuki", "Carlos", "Elena", "Samuel", "Leila",
            "Pavel", "Grace", "Omar", "Marta", "Nils", "Beatriz");
    static final List<String> LAST = List.of("Berg", "Nygaard", "Olsen", "Solheim", "Dahl",
            "Petrova", "Volkov", "Ruiz", "Bello", "Tanaka", "Park", "Al-Masri", "Marchand",
            "Dubois", "Kowalski", "Raman", "Silva", "Haddad", "Lindqvist", "Mori", "Mendoza",
            "Costa", "Okafor", "Karimi", "Novak", "Whitfield", "Farouk", "Jensen", "Ekberg",
            "Santos");
    /** Agencies the shipped list knows. */
    static final List<String> AGENCIES = List.of("Reuters", "AP", "AFP", "EPA", "PA", "TASS",
            "Sputnik", "Xinhua", "Anadolu", "Bloomberg", "Shutterstock", "dpa", "NTB", "Kyodo",
            "Yonhap", "ANSA", "Scanpix", "SOPA Images", "NurPhoto", "Alamy");
    /** Photo services the shipped list does not know: the structure must carry them. */
    static final List<String> UNKNOWN_AGENCIES = List.of("Hans Lucas", "Cover Images",
            "Press Eye", "Mediapunch", "Nordic Press Photo", "Baltic News Images", "Photoshot",
            "Harbour Light Studio");
    static final List<String> DOMAINS = List.of("kremlin.ru", "gov.uk", "elysee.fr",
            "whitehouse.gov", "president.gov.ua", "un.org", "nasa.gov", "bundesregierung.de");
    static final List<String> OUTLETS = List.of("the Guardian", "The Observer",
            "The New York Times", "The Herald", "the Northern Courier");
    static final List<String> ORGS = List.of("the Ministry of Defence", "the Harbour Museum",
            "the Okafor family", "Kremlin Pool", "the city council", "Nordic Rail");

    /** One-word studios and outlets no agency list knows. */
    static final List<String> STUDIOS = List.of("Fjordlight", "Harbourview", "Northcam",
            "Quayside", "Tidewater");
    /** Kickers publishers open a caption with. */
    private static final List<String> KICKERS = List.of("Early start", "Home again",
            "Long wait", "Rain or shine", "Standing firm", "Last look");

    private static final List<String> SUBJECTS = List.of("Rescue workers", "A fisherman",
            "Protesters", "The prime minister", "Children", "Volunteers", "A nurse",
            "Firefighters", "Farmers", "The visiting delegation", "Supporters of the club",
            "A police officer", "Residents", "Students", "The new mayor", "Dock workers",
            "An elderly couple", "Soldiers", "Market traders", "The foreign minister");
    private static final List<String> ACTIONS = List.of("gather outside", "walk past",
            "wait in line near", "clear debris from", "wave flags in front of", "rest beside",
            "inspect damage to", "carry supplies into", "celebrate outside", "queue at",
            "arrive at", "march towards", "hold candles near", "pose for a photo at",
            "unload crates at", "shelter from the rain at");
    private static final List<String> PLACES = List.of("the central railway station",
            "the old harbour", "a flooded street in the eastern district", "the parliament",
            "a field hospital", "the town hall", "the river bridge", "a polling station",
            "the national stadium", "a refugee camp on the border", "the cathedral square",
            "a damaged school", "the airport terminal", "a grain warehouse", "the city market");
    private static final List<String> WHEN = List.of("", "", " on Tuesday", " at dawn",
            " after the storm", " during the ceremony", " as the vote count begins",
            " on the second day of the summit");
    private static final List<String> ALT_LOOKS = List.of("They are smiling",
            "It is raining", "A crowd stands behind them", "Flags hang from the windows",
            "The sky is grey", "Lights shine in the background");
    private static final List<String> TITLES = List.of("Waiting for news", "A long night",
            "Clearing up", "Crowds in the capital", "The morning after", "On the quay",
            "Signing the deal", "Voices from the camp");

    private final Random random;

    PhotoWords(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String agency() {
        return random.nextInt(5) == 0 ? pick(UNKNOWN_AGENCIES) : pick(AGENCIES);
    }

    /** A one-sentence caption; most end with a full stop, as publishers write them. */
    String caption() {
        String text = pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(PLACES) + pick(WHEN);
        if (random.nextInt(4) == 0) {
            text += ". " + pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(PLACES);
        }
        return random.nextInt(5) == 0 ? text : text + ".";
    }

    /**
     * A caption in one of the shapes real pages show besides the plain sentence: opened by a
     * kicker, cut short by the page without a stop, or quoting what someone said to someone.
     */
    String publishedCaption() {
        String plain = caption();
        return switch (random.nextInt(6)) {
            case 0 -> pick(KICKERS) + ": " + Character.toLowerCase(plain.charAt(0))
                    + plain.substring(1) + (plain.endsWith(".") ? "" : ".");
            case 1 -> pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(PLACES)
                    + " while the crowd waits for the announcement in";
            case 2 -> pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(PLACES)
                    + ", calling out “We will see you tomorrow.”";
            default -> plain;
        };
    }

    /** Alt text as scrapers keep it: a plain description, often without a full stop. */
    String altText() {
        String subject = pick(SUBJECTS);
        return subject + " near " + pick(PLACES) + ". " + pick(ALT_LOOKS);
    }

    String title() {
        return pick(TITLES);
    }

    /** A clause that completes "In a photograph released by the ministry, ...". */
    String scene() {
        return pick(SUBJECTS).toLowerCase(java.util.Locale.ROOT) + " " + pick(ACTIONS) + " "
                + pick(PLACES) + pick(WHEN) + ".";
    }
}
