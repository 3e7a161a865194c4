package org.corpuslint.rules.typo;

import java.util.List;
import java.util.Optional;

/**
 * A regular suffix put on a word that forms that slot otherwise ({@code knowned} for
 * {@code known}, {@code finist} for {@code finest}, {@code criterias} for {@code criteria}):
 * the word reads as the stem plus a suffix, but LanguageTool's synthesiser makes another form of
 * that stem's lemma for the suffix's part of speech, and that form is one or two edits away.
 * A word made from a lemma that has no form of its own there is a new formation and no slip
 * ({@code headlined} from the noun {@code headline}); a doubled final consonant is a spelling
 * variant ({@code benefitted}), not a slip.
 */
final class FalseForms {

    /** A suffix and the tags of the forms that fill its place. */
    private record Slot(String ending, List<String> tags) {}

    private static final List<Slot> SLOTS = List.of(
            new Slot("ed", List.of("VBD", "VBN")), new Slot("ing", List.of("VBG")),
            new Slot("s", List.of("VBZ", "NNS")), new Slot("es", List.of("VBZ", "NNS")),
            new Slot("est", List.of("JJS")), new Slot("ist", List.of("JJS")),
            new Slot("er", List.of("JJR")));
    private static final int MIN_STEM = 3;
    private static final int MAX_EDITS = 2;

    private FalseForms() {}

    /** The lemma's own form that lower-case {@code word} was meant to be, if it is a false one. */
    static Optional<String> intendedForm(String word, Lexicon lexicon) {
        if (!Morphology.readings(word).isEmpty()) {
            return Optional.empty(); // the tagger knows it: a real form
        }
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (Slot slot : SLOTS) {
            if (!word.endsWith(slot.ending())) {
                continue;
            }
            String bare = word.substring(0, word.length() - slot.ending().length());
            if (!Morphology.spellingFits(bare, slot.ending())) {
                continue; // lates is no lat + es: a plural -es follows a hissing sound
            }
            for (String stem : Morphology.stems(bare, slot.ending())) {
                if (stem.length() < MIN_STEM || !lexicon.isKnown(stem)) {
                    continue;
                }
                for (Morphology.Reading reading : Morphology.readings(stem)) {
                    // A form that already fills the slot took the suffix again (knowned,
                    // childrens); a base form is compared with what its lemma makes there.
                    boolean filled = slot.tags().contains(reading.tag());
                    if (!filled && !isBase(reading.tag())) {
                        continue; // fosterer, read as a comparative, says nothing of fosterers
                    }
                    for (String tag : filled ? List.of("") : slot.tags()) {
                        for (String form : filled ? List.of(stem)
                                : Inflections.of(reading.lemma(), tag)) {
                            if (form.equals(word)) {
                                return Optional.empty();
                            }
                            int distance = EditDistance.distance(word, form, MAX_EDITS);
                            if (distance < bestDistance && !spellingVariant(word, form)
                                    && WordForm.isLowerCase(form) && lexicon.isKnown(form)) {
                                best = form;
                                bestDistance = distance;
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A lemma's own tag: a verb, a noun or an adjective as such, not one of their forms. */
    private static boolean isBase(String tag) {
        return tag.equals("VB") || tag.equals("VBP") || tag.equals("NN") || tag.startsWith("NN:")
                || tag.equals("JJ");
    }

    /** {@code benefitted} and {@code benefited}: one has a consonant doubled, the other not. */
    private static boolean spellingVariant(String word, String form) {
        return EditDistance.distance(word, form, 1) == 1
                && EditDistance.kind(word, form) == EditDistance.Kind.DOUBLING;
    }
}
