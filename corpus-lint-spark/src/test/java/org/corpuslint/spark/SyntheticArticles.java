package org.corpuslint.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible corpus of invented news articles, written for these tests, in outlet folders:
 * sentences assembled from small word lists, with defects the rules look for planted at
 * fixed rates (no date header, a bad or day-first date, a misspelt word, repeated page chrome,
 * a photo credit with no caption). Enough variety that the corpus statistics matter.
 */
final class SyntheticArticles {

    private static final String[] OUTLETS = {"coast-herald", "upland-daily", "metro-wire",
        "river-gazette", "north-bulletin"};
    private static final String[] PLACES = {"Ashford Quay", "Bramwell", "Corrin Vale",
        "Dunhollow", "Eastmere", "Fenwick Cross", "Galloway Point", "Harlow Sound"};
    private static final String[] PEOPLE = {"Mayor Ilse Varga", "Councillor Tomas Reid",
        "Dr Amara Okoye", "Inspector Lena Holt", "Professor Jun Takeda", "Chief Nora Blix"};
    private static final String[] SUBJECTS = {"the harbour authority", "the water board",
        "local traders", "the school governors", "a residents' group", "the transport office",
        "the hospital trust", "volunteer crews"};
    private static final String[] VERBS = {"announced", "postponed", "approved", "criticised",
        "welcomed", "reviewed", "funded", "questioned"};
    private static final String[] OBJECTS = {"a new ferry timetable", "repairs to the sea wall",
        "the library extension", "a cycle lane on the high street", "flood defences",
        "the winter festival", "a rise in parking charges", "plans for a solar farm"};
    private static final String[] CLOSINGS = {"A decision is expected next month.",
        "Further talks are planned for the spring.", "The work should take about six weeks.",
        "Residents can comment until the end of the month.", "No date has been set yet."};
    private static final String[] MISSPELT = {"goverment", "recieved", "accomodation",
        "occured", "seperate", "publically"};
    private static final String[] CHROME = {"Share this story on social media",
        "Subscribe to our morning briefing", "Read more local news", "Advertisement"};

    private SyntheticArticles() {}

    /** {@code count} articles by relative path. */
    static Map<String, String> generate(int count, long seed) {
        Random random = new Random(seed);
        Map<String, String> articles = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String outlet = OUTLETS[i % OUTLETS.length];
            articles.put(outlet + "/article-" + String.format("%05d", i) + ".txt",
                    article(i, random));
        }
        return articles;
    }

    private static String article(int i, Random random) {
        StringBuilder text = new StringBuilder();
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String date = String.format("2023-%02d-%02d", month, day);
        switch (i % 11) {
            case 0 -> { } // no header
            case 1 -> text.append(" date ").append(String.format("%02d/%02d/2023", day + 3, month))
                    .append('\n');
            case 2 -> text.append(" date 2023-").append(13 + random.nextInt(5)).append("-04\n");
            default -> text.append(" date ").append(date).append('\n');
        }
        String place = pick(PLACES, random);
        String subject = pick(SUBJECTS, random);
        text.append(capitalise(subject)).append(' ').append(pick(VERBS, random)).append(' ')
                .append(pick(OBJECTS, random)).append(" in ").append(place).append('\n');
        text.append('\n');
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            text.append(sentence(random)).append(' ').append(sentence(random));
            if (i % 13 == 5 && p == 0) {
                text.append(" The ").append(pick(MISSPELT, random)).append(" was discussed.");
            }
            text.append('\n').append('\n');
        }
        if (i % 9 == 4) {
            text.append("Photo: ").append(pick(PEOPLE, random).split(" ")[1]).append(" Studio\n");
        }
        text.append(pick(CLOSINGS, random)).append('\n');
        if (i % 3 != 0) {
            text.append(CHROME[i % CHROME.length]).append('\n');
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        return pick(PEOPLE, random) + " said " + pick(SUBJECTS, random) + " had "
                + pick(VERBS, random) + " " + pick(OBJECTS, random) + " after a meeting in "
                + pick(PLACES, random) + ".";
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
