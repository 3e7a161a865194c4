package org.corpuslint.eval.boilerplate;

import java.util.List;
import java.util.Map;

/**
 * A second set of boilerplate templates, written after the rule's lexicon was tuned on
 * {@link BoilerplateTemplates} and never used for tuning: its recall estimates how the rule
 * does on phrasings it has not seen. Same placeholders.
 */
final class HeldOutTemplates {

    private HeldOutTemplates() {}

    static final Map<String, List<String>> BY_KIND = Map.ofEntries(
            Map.entry("donation", List.of(
                    "Fund the free press: back {outlet} with a one-time gift",
                    "We don't have a paywall. We have you. Give today.",
                    "Power our newsroom for {price} a month",
                    "Your donation to {outlet} is tax-deductible.",
                    "Stand with independent news. Donate at {url}",
                    "{outlet} depends on the generosity of readers like you.",
                    "Support {outlet}",
                    "Give now",
                    "Become a sustaining member today and help us reach our goal of {n} new members.",
                    "Help us hire more reporters in your town: pledge {price} a month.")),
            Map.entry("subscription", List.of(
                    "Continue reading with a {outlet} subscription",
                    "Only {price} for 12 weeks",
                    "Subscribers get full access to every story, puzzle and podcast.",
                    "Log in or subscribe to continue",
                    "You've used your free articles for this month",
                    "Start reading now for {price}",
                    "Exclusive to members: upgrade your plan to read on",
                    "Try {outlet} Premium free for 30 days",
                    "Already a member? Sign in",
                    "Get full access to {outlet}")),
            Map.entry("newsletter", List.of(
                    "Get the latest headlines delivered to your inbox each morning",
                    "Sign up for breaking news alerts",
                    "Our {section} email lands every Tuesday. Don't miss it.",
                    "Stay informed: get {outlet} news by email",
                    "Subscribe to the {section} Weekly newsletter",
                    "Email address",
                    "Success! Check your inbox to confirm.",
                    "Want the day's news in five minutes? Sign up for our digest.",
                    "Register for free email alerts from {outlet}")),
            Map.entry("share", List.of(
                    "Share this:",
                    "Share to Facebook",
                    "Post to X",
                    "Follow {outlet} on Instagram",
                    "Find {outlet} on WhatsApp",
                    "Email this to a friend",
                    "Share article",
                    "Copy URL",
                    "Link copied!",
                    "Shares")),
            Map.entry("comments", List.of(
                    "Comments",
                    "{n} Comments",
                    "Leave your comment",
                    "Commenting has been disabled for this story.",
                    "Read {n} reader comments",
                    "Reader comments are moderated and may take some time to appear.",
                    "Start the conversation",
                    "Discuss this article",
                    "Sign in to leave a comment")),
            Map.entry("navigation", List.of(
                    "Skip to main navigation",
                    "Home / {section} / Local",
                    "Back to {section}",
                    "Main Menu",
                    "Toggle menu",
                    "Return to homepage",
                    "News » {section} » Latest",
                    "Next story →",
                    "Open search",
                    "{n}-minute read")),
            Map.entry("cookies", List.of(
                    "This site uses cookies to offer you a better browsing experience.",
                    "Accept cookies",
                    "Cookie settings",
                    "We care about your privacy",
                    "We use cookies and similar technologies to analyse traffic and show you relevant ads.",
                    "Do not sell or share my personal information",
                    "Allow all",
                    "Manage consent preferences")),
            Map.entry("related", List.of(
                    "READ MORE: {headline}",
                    "Related coverage",
                    "What to read next",
                    "More in {section}",
                    "Popular right now",
                    "In case you missed it: {headline}",
                    "Recommended reading",
                    "From around the web",
                    "Also on {outlet}: {headline}",
                    "Top picks for you")),
            Map.entry("tip", List.of(
                    "Know something we should report? Email {email}",
                    "Got a news tip? Send it to {email}",
                    "Reporter {reporter} can be contacted at {email}",
                    "Have a story idea? Reach our {section} desk at {email}.",
                    "If you have a correction, please email {email}.",
                    "WhatsApp us your tips on {phone}",
                    "Email: {email}",
                    "Contact {reporter}: {email}")),
            Map.entry("advertisement", List.of(
                    "Advertisement - scroll to continue",
                    "SPONSORED CONTENT",
                    "Paid Post",
                    "Ad Feedback",
                    "Presented by {brand}",
                    "This content is sponsored by {brand}",
                    "Partner content",
                    "Ads by {brand}")),
            Map.entry("copyright", List.of(
                    "Copyright © {outlet} {year}",
                    "© Copyright {year}, {outlet}",
                    "All rights reserved. {outlet} {year}",
                    "Republication or redistribution of {outlet} content is expressly prohibited.",
                    "{outlet} © {year}",
                    "Copyright {year} {outlet}, Inc. All Rights Reserved.")));
}
