package org.corpuslint.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reproducible corpus of short invented articles spread over outlet folders, with every
 * date-header defect in rotation, for tests that compare whole runs (threads, merged profiles).
 */
public final class GeneratedCorpus {

    private static final String[] OUTLETS = {"harbour-news", "valley-post", "", "river-times"};
    private static final String[] PLACES = {"Port Elwin", "Marrow Bay", "Kestel", "Dunmore Ridge"};
    private static final String[] CHROME = {"Share this article", "Sign up for our newsletter",
        "Support local reporting", "Comments are closed"};

    private GeneratedCorpus() {}

    /** {@code count} documents by relative path, in path order of creation. */
    public static Map<String, String> documents(int count) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String outlet = OUTLETS[i % OUTLETS.length];
            String path = (outlet.isEmpty() ? "" : outlet + "/") + "story-" + (100 + i) + ".txt";
            documents.put(path, article(i));
        }
        return documents;
    }

    private static String article(int i) {
        String place = PLACES[i % PLACES.length];
        int day = 1 + i % 28;
        String date = "2024-05-" + (day < 10 ? "0" + day : day);
        String header = switch (i % 7) {
            case 0 -> " date " + date + "\n";
            case 1 -> "";
            case 2 -> " date " + date + " " + CHROME[i % CHROME.length] + "\n";
            case 3 -> " date 2024-13-" + (10 + i % 20) + "\n";
            case 4 -> " date " + (13 + i % 15) + "/05/2024\n";
            case 5 -> " date 2031-01-0" + (1 + i % 9) + "\n";
            default -> "";
        };
        String stated = i % 7 == 6 ? "Published On " + day + " May 2024\n" : "";
        String lineEnd = i % 5 == 0 ? "\r\n" : "\n";
        String body = "Ferry Service resumes in " + place + lineEnd
                + stated.replace("\n", lineEnd)
                + lineEnd
                + "The Harbour Council said crossings to " + place + " restart on day " + day
                + " after repairs." + lineEnd
                + CHROME[(i + 1) % CHROME.length] + lineEnd;
        return header.replace("\n", lineEnd) + body;
    }
}
