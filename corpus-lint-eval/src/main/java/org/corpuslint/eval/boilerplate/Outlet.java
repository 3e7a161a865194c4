package org.corpuslint.eval.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * An invented publisher: a name, its addresses, and its house chrome, one fixed line per kind
 * that recurs across its articles as real site chrome does.
 */
final class Outlet {

    static final List<String> NAMES = List.of("The Harbour Gazette", "Northfield Daily",
            "Riverside Post", "Coastline News", "Metro Ledger", "The Valley Echo", "Capital Wire",
            "Lakeside Herald", "Pinecrest Times", "Eastbridge Chronicle", "Summit Observer",
            "Westmoor Courier");
    private static final List<String> DOMAINS = List.of("co.uk", "com", "org", "news", "net");
    private static final List<String> MAILBOXES = List.of("news", "tips", "newsdesk", "editor",
            "letters", "story", "hello");

    final String name;
    final String folder;
    final String domain;
    private final Map<String, String> houseLines = new HashMap<>();

    Outlet(String name, Map<String, List<String>> templates, Random random) {
        this.name = name;
        String slug = name.toLowerCase(Locale.ROOT).replace("the ", "").replace(" ", "");
        this.folder = slug.replace("-", "");
        this.domain = slug + "." + DOMAINS.get(random.nextInt(DOMAINS.size()));
        // In the order of the kinds' names: an immutable map's own order changes from one JVM
        // run to the next, and with it every house line and every figure of the harness.
        for (Map.Entry<String, List<String>> kind : new TreeMap<>(templates).entrySet()) {
            houseLines.put(kind.getKey(), fill(pick(kind.getValue(), random), random));
        }
    }

    /** The outlet's recurring line of {@code kind}. */
    String houseLine(String kind) {
        return houseLines.get(kind);
    }

    String fill(String template, Random random) {
        String email = MAILBOXES.get(random.nextInt(MAILBOXES.size())) + "@" + domain;
        String url = "https://www." + domain + "/" + List.of("support", "subscribe", "news/"
                + (1000 + random.nextInt(9000)), "newsletters", "about").get(random.nextInt(5));
        return template.replace("{outlet}", name)
                .replace("{email}", email)
                .replace("{url}", url)
                .replace("{handle}", "@" + folder)
                .replace("{section}", pick(BoilerplateTemplates.SECTIONS, random))
                .replace("{year}", String.valueOf(2015 + random.nextInt(10)))
                .replace("{n}", String.valueOf(2 + random.nextInt(400)))
                .replace("{price}", List.of("£5", "$3", "€4.99", "£1", "$10").get(random.nextInt(5)))
                .replace("{brand}", pick(BoilerplateTemplates.BRANDS, random))
                .replace("{reporter}", pick(BoilerplateTemplates.REPORTERS, random))
                .replace("{phone}", "0" + (1000000000L + random.nextInt(900000000)));
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
