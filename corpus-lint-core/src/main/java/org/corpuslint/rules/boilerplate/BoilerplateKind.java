package org.corpuslint.rules.boilerplate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a boilerplate line is for; named in findings and in the rule's options. */
public enum BoilerplateKind {
    DONATION("donation", "donation appeal"),
    SUBSCRIPTION("subscription", "subscription notice"),
    NEWSLETTER("newsletter", "newsletter sign-up"),
    SHARE("share", "share/follow prompt"),
    COMMENTS("comments", "comment prompt"),
    NAVIGATION("navigation", "navigation link"),
    COOKIES("cookies", "cookie notice"),
    RELATED("related", "related-content teaser"),
    TIP("tip", "tip/contact line"),
    ADVERTISEMENT("advertisement", "advertisement label"),
    COPYRIGHT("copyright", "copyright footer"),
    LEGAL("legal", "legal notice"),
    AFFILIATE("affiliate", "affiliate disclosure"),
    SHOP("shop", "shop button"),
    /** Gallery positions and photo counters ({@code 3 of 12}). */
    GALLERY("gallery", "gallery counter"),
    /**
     * A line that no phrase marks but that speaks to the reader, opens with a call to act or
     * is the site speaking of itself ({@code Tell us what you think below}).
     */
    APPEAL("appeal", "reader appeal"),
    /**
     * A line that no phrase marks but whose place does: after the story, glued to the start
     * of a paragraph, or beside other chrome outside the prose, sharing no word with the
     * story's paragraphs ({@code Reprints and permissions} under the last paragraph).
     */
    STRAY("stray", "stray line off the story"),
    /** A short line that recurs verbatim in many documents, whatever it says. */
    REPEATED("repeated", "repeated line"),
    /** Text glued to the {@code date} header line. */
    HEADER("header", "glued header text");

    private final String optionName;
    private final String label;

    BoilerplateKind(String optionName, String label) {
        this.optionName = optionName;
        this.label = label;
    }

    /** The name used in options and phrase lists ({@code donation}). */
    public String optionName() {
        return optionName;
    }

    /** The name used in messages ({@code donation appeal}). */
    public String label() {
        return label;
    }

    public static Optional<BoilerplateKind> byOptionName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.optionName.equals(wanted)).findFirst();
    }

    /** {@code donation, subscription, ...}, for error messages and documentation. */
    public static String optionNames() {
        return Arrays.stream(values()).map(BoilerplateKind::optionName)
                .collect(Collectors.joining(", "));
    }
}
