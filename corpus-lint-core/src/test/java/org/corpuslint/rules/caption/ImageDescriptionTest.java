package org.corpuslint.rules.caption;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corpuslint.text.credit.Agencies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDescriptionTest {

    private final Agencies agencies = Agencies.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {
        "In a photograph provided by the regional government, the ministers walk along the quay.",
        "In this photo taken on May 20, crowds gather at the harbour.",
        "In an undated handout photo released by the navy, a frigate leaves port.",
        "Pictured: the new ferry on its first crossing.",
        "The image shows the ferry at the quay.",
        "This picture taken on May 20 shows the harbour at dawn.",
        "Photo taken on May 20, 2024 shows the harbour at dawn.",
        "A handout photo released by the ministry shows the damaged bridge."})
    void describesOnePhoto(String line) {
        assertTrue(ImageDescription.describesPhoto(line, agencies), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In a photo released by NTB, the ministers walk along the quay.",
        "Pictures and videos show queues at the terminal.",
        "The images were shared on the company's channel.",
        "This picture was the best of the festival.",
        "The image prompted concern among parents.",
        "The photographers were paid by the day.",
        "In a statement released by the union, members thanked the islanders."})
    void otherProseIsNoDescription(String line) {
        assertFalse(ImageDescription.describesPhoto(line, agencies), line);
    }
}
