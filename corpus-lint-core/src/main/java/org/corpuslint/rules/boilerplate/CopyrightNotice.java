package org.corpuslint.rules.boilerplate;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line with a copyright sign is a site's footer rather than a photo credit. Footers
 * date the claim right after the sign ({@code © 2024 Example Media}, {@code Copyright 2024}) or
 * name a company ({@code © Example Media Ltd}); a credit names the photographer or the agency
 * ({@code © Jane Doe}, {@code photos © Example Studio, 2018}), and recurs wherever their work
 * does, so a sign with a name after it is no evidence of chrome.
 */
final class CopyrightNotice {

    private static final Pattern DATED =
            Pattern.compile("(?i)(©|\\(c\\)|copyright)\\s*(©\\s*)?(19|20)\\d\\d");
    private static final Set<String> COMPANY_WORDS = Set.of("inc", "ltd", "limited", "llc",
            "corp", "corporation", "plc", "gmbh", "company", "companies", "group", "media");

    private CopyrightNotice() {}

    static boolean isFooter(String line, LineShape shape) {
        if (!shape.copyrightSign()) {
            return false;
        }
        if (DATED.matcher(line).find()) {
            return true;
        }
        for (String word : shape.words()) {
            if (COMPANY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
