package org.corpuslint.eval.boilerplate;

import java.util.List;
import java.util.Map;

/**
 * A third set of boilerplate templates, written after the last change to the rule's lexicon
 * and signals, and never looked at for tuning: {@link HeldOutTemplates} was used once to find
 * missing signals, so only this set's recall is an unseen estimate. Same placeholders.
 */
final class FreshTemplates {

    private FreshTemplates() {}

    static final Map<String, List<String>> BY_KIND = Map.ofEntries(
            Map.entry("donation", List.of(
                    "Readers keep {outlet} independent. Chip in {price} today.",
                    "Love local news? Show it with a contribution.",
                    "Donate to {outlet}",
                    "Our newsroom runs on reader support. Join {n} others and give monthly.",
                    "Make your gift go twice as far: donations are matched until midnight!",
                    "Help us keep reporting. Every dollar counts.",
                    "I'd like to give {price}",
                    "Choose an amount: {price} / {price} / Other")),
            Map.entry("subscription", List.of(
                    "Subscribe now and get your first month for {price}",
                    "This article is reserved for subscribers.",
                    "You've hit your limit of free stories.",
                    "Keep reading for just {price}",
                    "Already have a subscription? Log in",
                    "Subscribe to unlock unlimited articles",
                    "See subscription options",
                    "Members only")),
            Map.entry("newsletter", List.of(
                    "Sign up for our free morning newsletter",
                    "Get {section} updates straight to your inbox",
                    "Subscribe to {outlet} Daily",
                    "Thanks for subscribing!",
                    "Enter your email to get the newsletter",
                    "Never miss a story. Get our headlines by email.",
                    "Sign me up")),
            Map.entry("share", List.of(
                    "Share this article",
                    "Share on LinkedIn",
                    "Follow {outlet} on Facebook",
                    "Tweet",
                    "Share with a friend",
                    "Follow us {handle}",
                    "Send to Kindle",
                    "Share by email")),
            Map.entry("comments", List.of(
                    "Post your comment",
                    "{n} Replies",
                    "Comment on this story",
                    "Comments are now closed.",
                    "Reply",
                    "Please keep comments civil and on topic.",
                    "Be the first to leave a comment")),
            Map.entry("navigation", List.of(
                    "Skip to main",
                    "Home > News > {section}",
                    "Go back",
                    "Search {outlet}",
                    "View all {section} stories",
                    "Return to top",
                    "{section} | Local | Opinion | Sport",
                    "Listen to article")),
            Map.entry("cookies", List.of(
                    "We use cookies on this site to enhance your user experience.",
                    "By clicking any link on this page you are giving your consent for us to set cookies.",
                    "Manage preferences",
                    "Accept and continue",
                    "Your privacy matters to us",
                    "Cookies help us deliver our services.")),
            Map.entry("related", List.of(
                    "Read next: {headline}",
                    "Related articles",
                    "More from {section}",
                    "Trending on {outlet}",
                    "You might also be interested in",
                    "Most read this week",
                    "See more: {headline}",
                    "Recommended stories")),
            Map.entry("tip", List.of(
                    "Send tips to {email}",
                    "Questions or comments? Email us at {email}.",
                    "Do you have information on this story? Contact {email}",
                    "Story ideas can be sent to {email}",
                    "Reach {reporter} at {email}",
                    "Have a tip? Text or call {phone}")),
            Map.entry("advertisement", List.of(
                    "Advertisements",
                    "Sponsored Stories",
                    "Story continues below",
                    "Promoted",
                    "AD",
                    "Sponsored link")),
            Map.entry("copyright", List.of(
                    "© {year} {outlet} Media. All Rights Reserved.",
                    "Copyright {year} {outlet}. All rights reserved.",
                    "{outlet} content may not be reproduced without permission.",
                    "© {outlet}")));
}
