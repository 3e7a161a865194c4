package org.corpuslint.rules.boilerplate;

import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.findings;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.oneLine;
import static org.corpuslint.rules.boilerplate.BoilerplateFixtures.withMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One line of each kind, as its own paragraph in the middle of an article. */
class KindsTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '#', value = {
        "Please support our journalism with a monthly donation # donation appeal",
        "Donate now # donation appeal",
        "Subscribe now for unlimited digital access # subscription notice",
        "This article is for subscribers only. # subscription notice",
        "Sign up for our weekly newsletter # newsletter sign-up",
        "Get the best stories delivered to your inbox every morning. # newsletter sign-up",
        "Share this article # share/follow prompt",
        "Follow us on Instagram # share/follow prompt",
        "Comments are closed # comment prompt",
        "Join the conversation # comment prompt",
        "Back to top # navigation link",
        "Home | News | Islands | Weather # navigation link",
        "We use cookies to improve your experience on our site. # cookie notice",
        "Accept all cookies # cookie notice",
        "Read more: Timetables change for the summer season # related-content teaser",
        "Most popular # related-content teaser",
        "Got a tip? Email newsdesk@harbourgazette.example # tip/contact line",
        "Advertisement # advertisement label",
        "Story continues below advertisement # advertisement label",
        "© 2024 Harbour Gazette. All rights reserved. # copyright footer",
        "Copyright 2024 Harbour Gazette Ltd # copyright footer"})
    void chromeLineInTheMiddle(String chrome, String kind) {
        assertEquals(List.of(oneLine(5, chrome, kind, "5:1-7:1")), findings(withMiddle(chrome)));
    }
}
