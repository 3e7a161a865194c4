package org.corpuslint.rules.typo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corpuslint.model.Severity;

/**
 * Judges a lower-case word no dictionary knows (or one capitalised only because it starts a
 * sentence): a dictionary word one slip away, two words run together, or a common word of the
 * corpus two edits away makes it a typo; regular formations, laughter and drawn-out words are not.
 */
final class LowerCaseSlips {

    /** A letter this many times in a row is spoken emphasis, at any length of word. */
    private static final int EMPHASIS_RUN = 4;

    private final Lexicon lexicon;
    private final TypoThresholds t;
    private final boolean reportUnknown;
    private final ShortSlipsInPlace shortSlips;
    private final ShortMisspellings shortMisspellings;
    private final NeighbourPairs neighbourPairs;

    LowerCaseSlips(Lexicon lexicon, TypoThresholds thresholds, boolean reportUnknown,
            NeighbourPairs neighbourPairs) {
        this.lexicon = lexicon;
        this.neighbourPairs = neighbourPairs;
        this.t = thresholds;
        this.reportUnknown = reportUnknown;
        this.shortSlips = new ShortSlipsInPlace(lexicon, thresholds);
        this.shortMisspellings = new ShortMisspellings(lexicon, thresholds);
    }

    /** Judges {@code written}, token {@code i} of {@code doc} at {@code start}..{@code end}. */
    Optional<TypoFinding> judge(DocumentWords doc, int i, int start, int end,
            String written, boolean sentenceStart) {
        String word = sentenceStart ? WordForm.decapitalize(written) : written;
        if (word.length() < t.minLowerCaseLength() - 1) {
            return Optional.empty();
        }
        boolean formation = DerivedWords.isAffixed(word, lexicon)
                || Morphology.stemsOfForm(word, lexicon).stream().anyMatch(this::written);
        if (formation) {
            Optional<TypoFinding> falseForm = falseForm(start, end, written, word, sentenceStart);
            if (falseForm.isPresent()) {
                return falseForm;
            }
        }
        if (isReduplicated(word) || isDrawnOut(word)
                || (formation && !commonInnerSlip(word)
                        && !RareStems.slipOfCommonWord(word, lexicon, t)
                        && !SameConsonants.vowelSlipOfCommonWord(word, doc, lexicon, t))
                || (DerivedWords.isCompound(word, lexicon) && !hasCommonNeighbour(doc, word, "")
                        && lexicon.commonWordTwoEditsFrom(word).isEmpty()
                        && MovedLetters.reading(word, doc, lexicon, t).isEmpty()
                        && !SpeltAsItSounds.soundsAsAWordOneSlipAway(word, lexicon, t))) {
            return Optional.empty();
        }
        String name = WordForm.capitalize(word);
        if (!sentenceStart && lexicon.isKnownName(name)
                && lexicon.corpus().occurrences(name) >= 2) {
            return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + written
                    + "' is a name written in lower case; did you mean '" + name + "'?", name,
                    true, wordEvidence(name, written)));
        }
        List<Candidate> candidates = new ArrayList<>(lexicon.candidates(word, true));
        // Loops, not streams and lambdas, on this path of every unknown lower-case word: each
        // pipeline is code the compilers must also warm up in every run (typo.md, speed).
        Optional<String> shuffled = lexicon.shuffledCommonWord(word);
        if (shuffled.isPresent() && !Candidate.anyNamed(candidates, shuffled.get())) {
            candidates.add(new Candidate(shuffled.get(),
                    lexicon.corpus().occurrences(shuffled.get()), true, 1,
                    EditDistance.Kind.TRANSPOSITION));
        }
        // The one common word of the corpus two edits away competes with rare one-edit readings
        // (contuned: continued, not contused).
        Optional<String> twoEdits = lexicon.commonWordTwoEditsFrom(word);
        if (twoEdits.isPresent() && !Candidate.anyNamed(candidates, twoEdits.get())) {
            candidates.add(new Candidate(twoEdits.get(),
                    lexicon.corpus().occurrences(twoEdits.get()), true, 2,
                    EditDistance.Kind.OTHER));
        }
        if (!anyKnownOneEditAway(candidates)) {
            for (Candidate far : lexicon.twoEditCandidatesIn(doc, word)) {
                if (!Candidate.anyNamed(candidates, far.word())) {
                    candidates.add(far);
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            // Two edits reach too many words; only one the article itself uses is likely.
            boolean near = c.distance() == 1 || doc.count(c.word()) > 0
                    || doc.count(WordForm.capitalize(c.word())) > 0
                    || (word.length() >= CorpusWords.TWO_EDITS_FROM_LENGTH
                            && c.corpusOccurrences() >= t.consistentOccurrences());
            // Slips rarely touch the first letter: scragged is no cragged the corpus never uses.
            boolean sameStart = c.word().charAt(0) == word.charAt(0) || c.corpusOccurrences() > 0;
            if (c.known() && near && sameStart && WordForm.isLowerCase(c.word())) {
                scored.add(new Scored(c, score(doc, word, c)));
            }
        }
        // thme before to: them, not the; a determiner needs a noun phrase after it.
        removeDeterminersRuledOut(scored, doc.text(), end);
        Optional<String> runOn = RunOnWords.split(word, lexicon);
        if (runOn.isPresent() && !RunOnWords.fitsContext(runOn.get(), doc.text(), end)) {
            runOn = Optional.empty();
        }
        scored.sort(BY_SCORE_THEN_WORD);
        if (runOn.isPresent() && !hasCommonNeighbour(doc, word, runOn.get())) {
            String fix = sentenceStart ? WordForm.capitalize(runOn.get()) : runOn.get();
            return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + written
                    + "' is not in the dictionary; two words run together: '" + fix + "'",
                    fix, true, runOnEvidence(runOn.get(), written)));
        }
        if (scored.isEmpty() && runOn.isEmpty()) {
            Optional<String> moved = MovedLetters.reading(word, doc, lexicon, t);
            if (moved.isPresent()) {
                String fix = sentenceStart ? WordForm.capitalize(moved.get()) : moved.get();
                return Optional.of(new TypoFinding(start, end, Severity.ERROR, "'" + written
                        + "' is not in the dictionary; did you mean '" + fix + "'? (a letter"
                        + " out of place)", fix, true, wordEvidence(moved.get(), written)));
            }
            Optional<String> far = lexicon.commonWordTwoEditsFrom(word);
            if (far.isPresent() && !sentenceStart && plainWordWrittenOnce(doc, start, end, word)
                    && !ConsonantSounds.of(far.get()).equals(ConsonantSounds.of(word))) {
                // travald: travel loses the d the writer heard; travelled keeps every sound.
                Optional<String> bySounds = ConsonantSounds.reading(word, lexicon, t);
                if (bySounds.isPresent()) {
                    return Optional.of(byItsSounds(start, end, written, bySounds.get()));
                }
            }
            if (far.isPresent()) {
                String fix = sentenceStart ? WordForm.capitalize(far.get()) : far.get();
                return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                        + "' is not in the dictionary; did you mean '" + fix + "'? (the only"
                        + " common word of the corpus two edits away)", fix, false,
                        wordEvidence(far.get(), written)));
            }
        }
        if (scored.isEmpty() && !sentenceStart && misspeltWithoutSuggestion(doc, start, end, word)) {
            Optional<String> heard = SameConsonants.reading(word, null, doc, lexicon, t);
            if (heard.isPresent()) {
                return Optional.of(misheard(start, end, written, heard.get(), false));
            }
            Optional<String> sounded = SpeltAsItSounds.reading(word, null, doc, lexicon, t)
                    .or(() -> SpeltAsItSounds.farReading(word, lexicon, t));
            if (sounded.isPresent()) {
                return Optional.of(spelledAsItSounds(start, end, written, sounded.get(), false));
            }
            // The closest common words are named as a hint, too uncertain for a fix.
            List<String> nearest = lexicon.nearestCommonWords(word);
            if (nearest.isEmpty()) {
                nearest = MangledWords.frequentWordsNear(word, lexicon, t);
            }
            return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                    + "' is not in the dictionary, nor a form of a word in it, and no word is"
                    + " close enough to fix; perhaps '" + String.join("' or '", nearest) + "'?"));
        }
        if (scored.isEmpty() && !sentenceStart && plainWordWrittenOnce(doc, start, end, word)) {
            Optional<String> byEar = SpeltAsItSounds.farReading(word, lexicon, t);
            if (byEar.isPresent()) {
                return Optional.of(spelledAsItSounds(start, end, written, byEar.get(), false));
            }
            // A word in quotation marks by itself is mentioned, a term being introduced
            // ('gandula', the Brazilian word for a ballboy), not misspelt.
            if (!TokenContext.quotedAlone(doc.text(), doc.tokens().get(i))) {
                Optional<TypoFinding> far = farFromItsLetters(start, end, written, word);
                if (far.isPresent()) {
                    return far;
                }
            }
        }
        if (scored.isEmpty() && !sentenceStart) {
            Optional<TypoFinding> shortWord = shortMisspellings.warning(doc, i, start, end, word,
                    List.of());
            if (shortWord.isPresent()) {
                return shortWord;
            }
        }
        if (scored.isEmpty()) {
            return reportUnknown ? Optional.of(new TypoFinding(start, end, Severity.INFO,
                    "'" + written + "' is not in the dictionary"))
                    : Optional.empty();
        }
        scored.sort(BY_SCORE_THEN_WORD);
        // this monthe for: month, not months; the corpus writes the one beside these words.
        boolean placedByNeighbours = readingTheNeighboursSupport(doc, i, word, scored);
        Optional<Scored> onlySlip = placedByNeighbours ? Optional.empty()
                : onlyCommonSlip(word, scored);
        boolean singledOut = false;
        if (onlySlip.isPresent() && word.length() >= t.minLowerCaseLength()
                && scored.get(0).score - scored.get(1).score < t.confidentMargin()
                && doc.count(scored.get(0).candidate.word()) == 0) {
            // tham: than is the one common word a slip of the keys makes it; that and them,
            // commoner, need a key far from the one struck.
            scored.remove(onlySlip.get());
            scored.add(0, onlySlip.get());
            singledOut = true;
        }
        Scored best = scored.get(0);
        boolean confident = placedByNeighbours || !singledOut && (scored.size() == 1
                || best.score - scored.get(1).score >= t.confidentMargin());
        if (word.length() < t.minLowerCaseLength() && !placedByNeighbours && !(confident
                && (doc.count(best.candidate.word()) > 0 || everydayOmission(best.candidate)))) {
            // three letters: only an unmistakable slip, or one its neighbours decide (last wek)
            Optional<Candidate> placed = shortSlips.readingItsPlaceDecides(doc.text(), start,
                    end, word, scored.stream().map(Scored::candidate).toList(),
                    scored.stream().map(Scored::score).toList());
            if (placed.isEmpty()) {
                // Nor its place; but its sound may (gud: good).
                return sentenceStart ? Optional.empty()
                        : SpeltAsItSounds.readingOfThreeLetters(word, scored.stream()
                                .map(Scored::candidate).toList(), lexicon, t)
                                .map(heard -> spelledAsItSounds(start, end, written, heard,
                                        false));
            }
            best = scored.stream().filter(s -> s.candidate.equals(placed.get())).findFirst()
                    .orElseThrow();
            confident = true;
        }
        boolean everyday = lexicon.frequency(best.candidate.word()) >= t.everydayFrequency()
                && (scored.size() == 1 || best.score - scored.get(1).score >= 1.0);
        if (!confident && doc.count(best.candidate.word()) == 0 && word.length() <= t.shortWord()
                && !best.candidate.strongSlip() && !everyday && !singledOut
                && best.candidate.kind() != EditDistance.Kind.OMISSION
                && !spelledByEar(word, scored)) {
            // A short word with several readings: slang, unless plain prose says it slipped.
            return sentenceStart ? Optional.empty() : shortMisspellings.warning(doc, i, start,
                    end, word, scored.stream().map(s -> s.candidate.word()).toList());
        }
        if (!singledOut && !placedByNeighbours && unwritten(best.candidate, doc)
                && scored.stream().anyMatch(s -> !unwritten(s.candidate, doc))) {
            // colory, one letter away, is in the dictionary but written nowhere; glory, a
            // key further, is a word people write: the reading, named with no more certainty
            // than the curiosity had, and less if it does not lead the others as far.
            scored.removeIf(s -> unwritten(s.candidate, doc));
            best = scored.get(0);
            confident = confident && (scored.size() == 1
                    || best.score - scored.get(1).score >= t.confidentMargin());
        }
        Optional<String> heard = SameConsonants.reading(word, best.candidate, doc, lexicon, t);
        if (heard.isPresent()) {
            return Optional.of(misheard(start, end, written, heard.get(), sentenceStart));
        }
        Optional<String> sounded = SpeltAsItSounds.reading(word, best.candidate, doc, lexicon, t);
        if (sounded.isPresent()) {
            return Optional.of(spelledAsItSounds(start, end, written, sounded.get(),
                    sentenceStart));
        }
        Optional<String> writtenInCorpus = ReadingTheCorpusWrites.reading(word,
                scored.stream().map(Scored::candidate).toList(), doc, lexicon, t);
        if (writtenInCorpus.isPresent()) {
            String fix = sentenceStart ? WordForm.capitalize(writtenInCorpus.get())
                    : writtenInCorpus.get();
            return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                    + "' is not in the dictionary; did you mean '" + fix + "'? (the same"
                    + " consonants, a word the corpus writes; no word one slip away is)", fix,
                    false, wordEvidence(writtenInCorpus.get(), written)));
        }
        String suggestion = sentenceStart ? WordForm.capitalize(best.candidate.word())
                : best.candidate.word();
        StringBuilder message = new StringBuilder("'" + written
                + "' is not in the dictionary; did you mean '" + suggestion + "'");
        if (!confident && !singledOut && scored.size() > 1) {
            String second = scored.get(1).candidate.word();
            message.append(" or '").append(sentenceStart ? WordForm.capitalize(second) : second)
                    .append("'");
        }
        message.append('?');
        long inDocument = doc.count(best.candidate.word());
        if (inDocument > 0) {
            message.append(" ('").append(best.candidate.word()).append("' is used ")
                    .append(UnknownWords.times(inDocument)).append(" in this document)");
        }
        return Optional.of(new TypoFinding(start, end,
                confident ? Severity.ERROR : Severity.WARNING, message.toString(),
                confident ? suggestion : null, confident,
                wordEvidence(best.candidate.word(), written)));
    }

    /** {@code agine}: again, a common word with its consonants ({@link SameConsonants}). */
    private TypoFinding misheard(int start, int end, String written, String meant,
            boolean sentenceStart) {
        return readingOfTheCorpus(start, end, written, meant, sentenceStart,
                "the same consonants");
    }

    /** {@code skools}: schools, a common word of the corpus that sounds as it is written ({@link SpeltAsItSounds}). */
    private TypoFinding spelledAsItSounds(int start, int end, String written, String meant,
            boolean sentenceStart) {
        return readingOfTheCorpus(start, end, written, meant, sentenceStart, "it sounds the same");
    }

    /**
     * A long word written once, far from every word by its letters, that reads as a frequent
     * word with two letters exchanged ({@link ExchangedLetters}: {@code nimute}, minute), by its
     * consonant sounds ({@link ConsonantSounds}: {@code immidatly}, immediately) or with its
     * first letter restored ({@link FirstLetterLost}: {@code ymbols}, symbols): a
     * warning with that word as the fix.
     */
    private Optional<TypoFinding> farFromItsLetters(int start, int end, String written,
            String word) {
        Optional<String> exchanged = ExchangedLetters.reading(word, lexicon, t);
        if (exchanged.isPresent()) {
            return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                    + "' is not in the dictionary; did you mean '" + exchanged.get() + "'? (two"
                    + " letters exchanged)", exchanged.get(), false,
                    wordEvidence(exchanged.get(), written)));
        }
        Optional<String> bySounds = ConsonantSounds.reading(word, lexicon, t);
        if (bySounds.isPresent()) {
            return Optional.of(byItsSounds(start, end, written, bySounds.get()));
        }
        Optional<String> cut = FirstLetterLost.reading(word, lexicon, t);
        if (cut.isPresent()) {
            return Optional.of(new TypoFinding(start, end, Severity.WARNING, "'" + written
                    + "' is not in the dictionary; did you mean '" + cut.get() + "'? (its first"
                    + " letter lost)", cut.get(), false, wordEvidence(cut.get(), written)));
        }
        return Optional.empty();
    }

    /** A warning suggesting {@code meant}, a frequent word with the consonant sounds written. */
    private TypoFinding byItsSounds(int start, int end, String written, String meant) {
        return new TypoFinding(start, end, Severity.WARNING, "'" + written
                + "' is not in the dictionary; did you mean '" + meant + "'? (its consonants"
                + " sound the same, a frequent word)", meant, false, wordEvidence(meant, written));
    }

    /** A warning suggesting {@code meant}, a common word of the corpus, for {@code reason}. */
    private TypoFinding readingOfTheCorpus(int start, int end, String written, String meant,
            boolean sentenceStart, String reason) {
        String fix = sentenceStart ? WordForm.capitalize(meant) : meant;
        return new TypoFinding(start, end, Severity.WARNING, "'" + written
                + "' is not in the dictionary; did you mean '" + fix + "'? (" + reason
                + ", a common word of the corpus)", fix, false, wordEvidence(meant, written));
    }

    /**
     * {@code knowned}: a regular suffix on a word whose own form there is another; or
     * {@code controlable}: a consonant left single that the dictionary's formation doubles.
     */
    private Optional<TypoFinding> falseForm(int start, int end, String written, String word,
            boolean sentenceStart) {
        return FalseForms.intendedForm(word, lexicon)
                .or(() -> ConsonantDoubling.intendedForm(word, lexicon)).map(meant -> {
            String fix = sentenceStart ? WordForm.capitalize(meant) : meant;
            return new TypoFinding(start, end, Severity.ERROR, "'" + written
                    + "' is not in the dictionary, nor a regular form; did you mean '" + fix
                    + "'?", fix, true, wordEvidence(meant, written));
        });
    }

    private TypoEvidence wordEvidence(String replacement, String written) {
        CorpusWords corpus = lexicon.corpus();
        return TypoEvidence.of(TypoEvidence.Kind.WORD, corpus.occurrences(replacement),
                corpus.occurrences(written));
    }

    /** Two words run together are as well attested as the rarer of them. */
    private TypoEvidence runOnEvidence(String split, String written) {
        CorpusWords corpus = lexicon.corpus();
        long uses = Long.MAX_VALUE;
        for (String part : split.split(" ")) {
            uses = Math.min(uses, corpus.occurrences(part));
        }
        return TypoEvidence.of(TypoEvidence.Kind.WORD, uses, corpus.occurrences(written));
    }

    /** True when a common word the corpus uses is one {@link #innerSlip} from {@code word}. */
    private boolean commonInnerSlip(String word) {
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && commonInnerSlip(word, c)) {
                return true;
            }
        }
        return false;
    }

    private boolean commonInnerSlip(String word, Candidate c) {
        return innerSlip(word, c) && c.corpusOccurrences() > 0
                && lexicon.frequency(c.word()) >= t.commonFrequency();
    }

    /**
     * A slip inside the word (a key swapped, a neighbour struck, a letter left out) rather than
     * at its end or an added letter, which is how derivations differ ({@code hopers},
     * {@code raunch}): {@code retoric} is a slip for {@code rhetoric}, not re- and toric.
     */
    private static boolean innerSlip(String word, Candidate c) {
        if (!c.typingSlip()) {
            return false;
        }
        String intended = c.word();
        if (intended.length() == word.length()) {
            return true;
        }
        // A letter struck twice inside the word (interresting) is a slip too; at the end it
        // may be a suffix's doubling.
        boolean doubledInside = c.kind() == EditDistance.Kind.DOUBLING
                && intended.length() == word.length() - 1 && !word.startsWith(intended);
        return doubledInside
                || (intended.length() == word.length() + 1 && !intended.startsWith(word));
    }

    /**
     * The one reading that is both a common word of the corpus and a slip of the keys or of
     * the ear ({@link #soundsAlike}), when there are other common readings that are neither
     * ({@code tham}: than, not that; {@code mony} is many or money, a sound and a slip).
     */
    private Optional<Scored> onlyCommonSlip(String word, List<Scored> scored) {
        if (scored.size() < 2) {
            return Optional.empty();
        }
        Scored slip = null;
        int common = 0;
        for (Scored s : scored) {
            Candidate c = s.candidate;
            if (c.corpusOccurrences() < t.commonInCorpus()
                    || lexicon.frequency(c.word()) < t.commonFrequency()) {
                continue;
            }
            common++;
            if ((c.typingSlip() || soundsAlike(word, c.word()))
                    && c.word().charAt(0) == word.charAt(0)) {
                if (slip != null) {
                    return Optional.empty();
                }
                slip = s;
            }
        }
        return common > 1 ? Optional.ofNullable(slip) : Optional.empty();
    }

    /**
     * A dictionary word that no text writes: the lowest frequency class of LanguageTool's
     * lists (written too rarely to be counted), unused in the corpus and the article
     * ({@code colory}, {@code skols}); the lists keep such curiosities, writers do not mean them.
     */
    private boolean unwritten(Candidate c, DocumentWords doc) {
        return lexicon.frequency(c.word()) == 0 && c.corpusOccurrences() == 0
                && doc.count(c.word()) == 0;
    }

    /**
     * A stem people write: not one of the curiosities LanguageTool's lists keep in their lowest
     * frequency class ({@code util}), unless this corpus writes it; a form of such a stem is
     * likelier a slip of a word people write ({@code utily}: utility).
     */
    private boolean written(String stem) {
        return lexicon.frequency(stem) > 0 || lexicon.corpus().occurrences(stem) > 0;
    }

    /** {@code hve} for {@code have}: a letter left out of a word every text uses. */
    private boolean everydayOmission(Candidate c) {
        return c.kind() == EditDistance.Kind.OMISSION
                && lexicon.frequency(c.word()) >= t.everydayFrequency() - 1;
    }

    /**
     * {@code hehe}, {@code haha}, {@code blahblah}: a syllable said twice, laughter or filler.
     * Such syllables open with a consonant; a pair that opens with a vowel ({@code ayay}) is a
     * slip that happens to repeat its letters.
     */
    private static boolean isReduplicated(String word) {
        int half = word.length() / 2;
        return word.length() >= 4 && word.length() % 2 == 0
                && "aeiou".indexOf(word.charAt(0)) < 0
                && word.regionMatches(0, word, half, half);
    }

    /**
     * {@code ummm}, {@code hmmm}, {@code sooo}: a short word with a letter drawn out over three
     * keys is spoken emphasis in a quote, not a slip ({@code folllowing} is long enough to be one).
     */
    private boolean isDrawnOut(String word) {
        if (hasRun(word, EMPHASIS_RUN)) {
            return true; // nooooo, pleeeease: no slip strikes a key four times
        }
        if (word.length() > t.shortWord()) {
            return false;
        }
        for (int k = 2; k < word.length(); k++) {
            if (word.charAt(k) == word.charAt(k - 1) && word.charAt(k) == word.charAt(k - 2)) {
                // Drawn out from a vowel, a hum or a hiss (sooo, ummm, yesss), not a letter
                // struck thrice (wlll).
                return "aeiouyhmsrz".indexOf(word.charAt(k)) >= 0;
            }
        }
        return false;
    }

    /**
     * {@code figuars}: a long lower-case word of plain letters, written once in the whole corpus,
     * two edits from common words of the corpus or from a frequent dictionary word
     * ({@link MangledWords}) but no form of a dictionary word, among English words
     * (the caller has ruled out foreign phrases and runs of non-words). Words a writer means
     * are used again; a part of a hyphenated coinage is not judged alone.
     */
    private boolean misspeltWithoutSuggestion(DocumentWords doc, int start, int end,
            String word) {
        return plainWordWrittenOnce(doc, start, end, word)
                && (lexicon.nearCommonWords(word)
                        || !MangledWords.frequentWordsNear(word, lexicon, t).isEmpty());
    }

    /**
     * A long lower-case word of plain letters, written once in the whole corpus, no form of a
     * dictionary word and no part of a hyphenated word: the shape of a misspelling, not of a
     * word a writer means and uses again, nor of a part of a coinage.
     */
    private boolean plainWordWrittenOnce(DocumentWords doc, int start, int end, String word) {
        String text = doc.text();
        boolean hyphenated = (start > 0 && text.charAt(start - 1) == '-')
                || (end < text.length() && text.charAt(end) == '-');
        return word.length() >= t.minUnsuggestedLength() && !hyphenated
                && plainLowerCaseLetters(word)
                && lexicon.corpus().occurrences(word) <= 1
                && !Morphology.isFormOfKnownWord(word, lexicon);
    }

    /** Only the letters a to z: a loop where an {@code IntStream} was, on a per-word path. */
    private static boolean plainLowerCaseLetters(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRun(String word, int length) {
        int run = 1;
        for (int k = 1; k < word.length(); k++) {
            run = word.charAt(k) == word.charAt(k - 1) ? run + 1 : 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts first, in {@code scored}, the reading the words beside token {@code i} support far
     * better than the others ({@link NeighbourPairs}), and tells whether there was one. The
     * readings weighed are those one slip away and, for words of five letters or more (in a
     * shorter one two edits change half the word), the common words of the corpus two edits
     * away that keep the first letter ({@code todle}: told), which the letters alone rank
     * below rare words one slip away ({@code toddle}).
     */
    private boolean readingTheNeighboursSupport(DocumentWords doc, int i, String word,
            List<Scored> scored) {
        NeighbourPairs.Neighbours around = NeighbourPairs.of(doc, i);
        if (around.left() == null || around.right() == null) {
            return false; // one neighbour alone is mostly the frequency of the reading
        }
        List<Candidate> weighed = new ArrayList<>();
        for (Scored s : scored) {
            weighed.add(s.candidate);
        }
        if (word.length() >= Lexicon.MIN_TWO_EDIT_LENGTH) {
            for (String far : lexicon.commonWordsTwoEditsAway(word)) {
                if (!Candidate.anyNamed(weighed, far)) {
                    weighed.add(new Candidate(far, lexicon.corpus().occurrences(far), true,
                            EditDistance.distance(word, far, 2), EditDistance.Kind.OTHER));
                }
            }
        }
        Optional<Candidate> supported = neighbourPairs.supported(around, weighed);
        if (supported.isEmpty()) {
            return false;
        }
        // By identity and index: a record's equals is linked at its first call, on this path.
        Candidate meant = supported.get();
        Scored chosen = new Scored(meant, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < scored.size(); k++) {
            if (scored.get(k).candidate == meant) {
                chosen = scored.remove(k);
                break;
            }
        }
        scored.add(0, chosen);
        return true;
    }

    /** How likely a dictionary word is the one meant: used nearby, common, a typing slip. */
    private double score(DocumentWords doc, String word, Candidate c) {
        double s = 0;
        if (c.word().charAt(0) != word.charAt(0)) {
            s -= 2; // slips rarely touch the first letter: jus is just, not us
        }
        // Used in the article: a strong hint, unless it is a word every article uses (for).
        if ((doc.count(c.word()) > 0 || doc.count(WordForm.capitalize(c.word())) > 0)
                && lexicon.frequency(c.word()) < t.everydayFrequency()) {
            s += 4;
        }
        s += Math.log(1 + c.corpusOccurrences()) / Math.log(2) * 0.7;
        s += lexicon.frequency(c.word()) / 4.0;
        switch (c.kind()) {
            // Typing errors, commonest first; a key far from any neighbour is rarely struck.
            case TRANSPOSITION, DOUBLING, OMISSION -> s += 2;
            case NEIGHBOUR_KEY -> s += 1;
            // A vowel written for another, or a silent e added, is how words are misspelt by
            // ear (kean, coache): of a word the corpus uses again and again, as likely as a
            // neighbour's key; of one it rarely uses, less likely than a slip of the keys.
            default -> s += !soundsAlike(word, c.word()) ? -2
                    : c.corpusOccurrences() >= t.consistentOccurrences() ? 1 : -1;
        }
        if (c.distance() > 1) {
            s -= 2;
        }
        return s;
    }

    /**
     * {@code kean}: one of the two likeliest readings puts a vowel for another, as a writer
     * spelling by ear does, in a word the corpus uses often; a misspelling to name, not slang
     * to leave alone.
     */
    private boolean spelledByEar(String word, List<Scored> scored) {
        for (Scored s : scored.subList(0, 2)) {
            Candidate c = s.candidate;
            if (vowelForVowel(word, c.word()) && c.corpusOccurrences() >= t.commonInCorpus()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code written} is how {@code intended} sounds, misspelt by ear: one vowel put
     * for another ({@code buth}), or a silent e added after its last consonant ({@code coache}).
     */
    static boolean soundsAlike(String written, String intended) {
        return vowelForVowel(written, intended) || silentEAdded(written, intended);
    }

    /** {@code traine}: a word ending in a consonant with an e added, as if it were silent. */
    static boolean silentEAdded(String written, String intended) {
        int n = intended.length();
        return n >= 3 && written.length() == n + 1 && written.charAt(n) == 'e'
                && written.startsWith(intended) && "aeiouy".indexOf(intended.charAt(n - 1)) < 0;
    }

    /** True when {@code intended} is {@code written} with one vowel put for another. */
    static boolean vowelForVowel(String written, String intended) {
        if (written.length() != intended.length()) {
            return false;
        }
        int differences = 0;
        for (int k = 0; k < written.length(); k++) {
            char a = written.charAt(k);
            char b = intended.charAt(k);
            if (a != b) {
                if (++differences > 1 || "aeiou".indexOf(a) < 0 || "aeiou".indexOf(b) < 0) {
                    return false;
                }
            }
        }
        return differences == 1;
    }

    /**
     * True when a dictionary word one edit away is used in the article or often in the corpus:
     * then a word that looks like a compound ({@code compaired}) is a slip for it after all.
     */
    private boolean hasCommonNeighbour(DocumentWords doc, String word, String split) {
        List<String> parts = List.of(split.split(" "));
        for (Candidate c : lexicon.candidates(word, true)) {
            if (c.known() && c.distance() == 1 && !parts.contains(c.word())
                    && (doc.count(c.word()) > 0 || c.corpusOccurrences() >= t.commonInCorpus()
                            || commonInnerSlip(word, c))) {
                return true;
            }
        }
        return false;
    }

    private record Scored(Candidate candidate, double score) {}

    /** Highest score first, ties by the candidate's spelling; made once per JVM. */
    private static final Comparator<Scored> BY_SCORE_THEN_WORD = Comparator
            .comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate.word());

    private static boolean anyKnownOneEditAway(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.known() && c.distance() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the readings a determiner cannot take at {@code end}, unless that would drop them
     * all.
     */
    private static void removeDeterminersRuledOut(List<Scored> scored, String text, int end) {
        boolean anyFits = false;
        for (Scored s : scored) {
            if (!NeighbourSlot.determinerRuledOut(s.candidate.word(), text, end)) {
                anyFits = true;
                break;
            }
        }
        if (anyFits) {
            scored.removeIf(s -> NeighbourSlot.determinerRuledOut(s.candidate.word(), text, end));
        }
    }
}
