package org.corpuslint.eval.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kinds of page chrome that real scraped pages leave and the first template sets lacked,
 * written for this harness as layouts, in invented words: site menu items, previous/next
 * navigation, legal footers, affiliate disclosures, shop buttons, gallery counters, comment
 * chrome, house promos, boxes of related headlines with no cue word, one-off consent,
 * paywall and comment-section lines that no phrase list knows, and footer labels and cut-off
 * fragments with no cue word at all. Added to every template
 * set with {@link #with}, so a set without them no longer passes where real pages fail.
 *
 * <p>{@value #LINK_BOX} is a layout, not a line: the planter writes a run of other articles'
 * headlines with no blank line between them, under a short heading or none (see
 * {@link BoilerplatePlanter}). Its template list holds the headings; an empty one means none.
 */
final class PageLayoutTemplates {

    static final String LINK_BOX = "links";

    private PageLayoutTemplates() {}

    static final Map<String, List<String>> BY_KIND = Map.ofEntries(
            Map.entry("menu", List.of(
                    "About {outlet}",
                    "Search {section}",
                    "Careers",
                    "All Sections",
                    "Older posts",
                    "Next story",
                    "Previous article",
                    "Newer post Home")),
            Map.entry("legal", List.of(
                    "{outlet} is not responsible for the content of external sites.",
                    "Reprints & Permissions",
                    "This work is licensed under a Creative Commons licence.",
                    "{outlet} is a registered trademark of {outlet} Media Ltd.",
                    "Editorial standards",
                    "Disclaimer: the views expressed are the author's own.")),
            Map.entry("affiliate", List.of(
                    "{outlet} may earn a commission from purchases made through links on this page.",
                    "We may receive a small commission if you buy through our links.",
                    "Disclosure: this post contains affiliate links.",
                    "This deal is brought to you by {brand}.")),
            Map.entry("shop", List.of(
                    "Buy now",
                    "Shop now",
                    "Check price",
                    "View deal",
                    "Add to basket")),
            Map.entry("gallery", List.of(
                    "Image {n} of 40",
                    "{n} / 40",
                    "Back to gallery",
                    "View full gallery",
                    "Caption")),
            Map.entry("comment-chrome", List.of(
                    "View all {n} replies",
                    "Notify me of new comments by email",
                    "Your name",
                    "Comments are moderated before they appear.",
                    "Give feedback")),
            Map.entry("promo", List.of(
                    "Subscribe to our sister magazine for more {section} stories.",
                    "Get {outlet} Weekly delivered to your door")),
            // One-off lines no phrase list knows, which only their shape, their place and
            // their silence about the story give away: consent prompts, paywall lines and
            // comment-section notes, each site in its own wording.
            Map.entry("consent", List.of(
                    "By staying on this page you accept how we handle your details.",
                    "Tap OK to let us tailor what you see.",
                    "We and our partners keep small files on your device.",
                    "You can change these choices at any time.",
                    "Your choices apply across {outlet}",
                    "I agree to the {outlet} terms")),
            Map.entry("paywall", List.of(
                    "You have {n} free stories left this month.",
                    "Already with us? Log in to keep reading.",
                    "Become part of {outlet} and read without limits",
                    "Read every story on any device",
                    "Keep reading {outlet} without interruption",
                    "Instant access to every back issue")),
            Map.entry("comment-note", List.of(
                    "Tell us what you think in the box below.",
                    "We read every reply before it goes live.",
                    "Your reply will appear once a moderator has approved it.",
                    "Please be kind to other readers",
                    "Have your say on {section}",
                    "Personal attacks will be removed.")),
            // Footer and function labels and lines the scraper cut short, with no cue word:
            // only their place (after the story, glued to a paragraph, beside other chrome)
            // and their silence about the story give them away.
            Map.entry("site-labels", List.of(
                    "Print edition archive",
                    "Syndication requests",
                    "Staff and contributors",
                    "Member benefits",
                    "{outlet} trust statement",
                    "Delivered every Thursday.",
                    "which applies to every page of",
                    "Pricing for schools and")),
            Map.entry(LINK_BOX, List.of(
                    "More from {outlet}",
                    "Related stories",
                    "Top stories",
                    "")));

    /** {@code templates} with the page layouts added. */
    static Map<String, List<String>> with(Map<String, List<String>> templates) {
        Map<String, List<String>> all = new HashMap<>(templates);
        all.putAll(BY_KIND);
        return Map.copyOf(all);
    }

    /**
     * Lines that look like chrome on real pages and are the article (varied by placeholders,
     * as real ones are, except the credits, which recur as photographers' names do): photo credits that recur,
     * an embedded post, a web address cited between paragraphs, reported prose with a lexicon
     * word, a prompt that is part of the prose, a sentence that asks the reader to take part in
     * the story's own consultation, an explainer's heading and question, and a reporter
     * speaking as "we", and a label with a list of names. Planted as decoys.
     */
    static final List<String> DECOYS = List.of(
            "Photograph: {reporter}/{outlet}",
            "{reporter} for {outlet}",
            "© {reporter}",
            "Day {n} of the {section} season and the queue is already round the block, well done everyone. pic.twitter.com/Qx{n}Lm",
            "https://www.example.org/reports/{n}-annual-review",
            "{brand} said on day {n} it will donate {price} from every sale to the trust, and may earn a commission later.",
            "Read on for the full list of {n} winners, which {reporter} announced on Friday.",
            "If you live near the {section} ward, the council wants to hear from you before day {n}.",
            "Here is what you need to know about the {n} {section} changes:",
            "So what happens to your pension after day {n}?",
            "We were told to wait outside while {reporter} counted {n} ballots.",
            "Judges: {reporter}, Adams, Barrow.");
}
