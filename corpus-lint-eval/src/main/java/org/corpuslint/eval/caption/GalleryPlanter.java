package org.corpuslint.eval.caption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corpuslint.document.Document;

/**
 * Plants a photo gallery into a clean article after one of its paragraphs: three to eight
 * photos in one publisher's layout and credit style, with the credit of about one photo in
 * five removed (at least two keep theirs; in the glued mixed layout at least one). Some articles also get
 * a paragraph describing a photo, credited or not, and a plural mention of pictures that must
 * stay quiet. A third of the articles are rewritten without blank lines between paragraphs, as
 * some sites are scraped.
 */
final class GalleryPlanter {

    private static final double LOST_CREDIT = 0.2;
    /** Short runs of real pages lose more: a third of the credits. */
    private static final double SPARSE_LOST_CREDIT = 0.33;

    private final Random random;
    private final PhotoWords words;
    /** The slide being planted and the slide count, for the counter lines of a slideshow. */
    private int slide;
    private int slides;

    GalleryPlanter(long seed) {
        this.random = new Random(seed);
        this.words = new PhotoWords(random);
    }

    PlantedArticle plant(Document clean) {
        List<List<Piece>> sections = new ArrayList<>();
        for (String paragraph : paragraphs(clean.text())) {
            sections.add(List.of(new Piece(List.of(paragraph), false)));
        }
        boolean compact = random.nextInt(3) == 0;
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        int at = 1 + random.nextInt(Math.max(1, sections.size() - 1));
        List<Piece> gallery = new ArrayList<>(gallery(layout));
        if (gluedBelow(layout) && at < sections.size()) {
            gallery.addAll(sections.remove(at)); // the paragraph below, with no blank line
        }
        sections.add(at, gallery);
        if (random.nextInt(3) == 0) {
            sections.add(1 + random.nextInt(sections.size() - 1), List.of(description()));
        }
        if (random.nextInt(4) == 0) {
            sections.add(1 + random.nextInt(sections.size() - 1), List.of(new Piece(List.of(
                    "Pictures and videos shared online show " + words.scene()), false)));
        }
        return render(clean.path(), sections, compact, layout);
    }

    /** Lines of one photo or paragraph; a blank string is a blank line. */
    private record Piece(List<String> lines, boolean lost) {}

    private static boolean gluedBelow(Layout layout) {
        return layout == Layout.MIXED_GLUED || layout == Layout.SPARSE_RUN;
    }

    private List<Piece> gallery(Layout layout) {
        boolean sparse = layout == Layout.SPARSE_RUN;
        int photos = sparse ? 2 + random.nextInt(4) : 3 + random.nextInt(6);
        CreditStyle style = pickStyle(layout);
        Set<Integer> lostPhotos = new HashSet<>();
        for (int i = 0; i < photos; i++) {
            if (random.nextDouble() < (sparse ? SPARSE_LOST_CREDIT : LOST_CREDIT)) {
                lostPhotos.add(i);
            }
        }
        // Real galleries keep at least one credit; most layouts here keep two, the glued
        // mixed one only one when that is how the dice fall.
        int kept = gluedBelow(layout) ? 1 : 2;
        while (photos - lostPhotos.size() < kept) {
            lostPhotos.remove(lostPhotos.iterator().next());
        }
        slide = 0;
        slides = photos;
        List<Piece> pieces = new ArrayList<>();
        if (!gluedBelow(layout) && random.nextBoolean()) {
            pieces.add(new Piece(List.of(random.nextBoolean() ? "Here is how the day unfolded:"
                    : "In pictures: " + words.title().toLowerCase(java.util.Locale.ROOT)), false));
        }
        for (int i = 0; i < photos; i++) {
            boolean lost = lostPhotos.contains(i);
            pieces.add(new Piece(photo(layout, style, !lost), lost));
        }
        if (sparse && random.nextInt(4) == 0) {
            // The page's dated copyright notice, scraped below the photos: no photo's credit.
            pieces.add(new Piece(List.of("© " + (2018 + random.nextInt(7)) + " "
                    + words.pick(List.of("The Northern Courier", "The Harbour Gazette",
                            "Valley News Online"))), false));
        }
        return pieces;
    }

    private CreditStyle pickStyle(Layout layout) {
        return switch (layout) {
            case INLINE_CREDIT, ALT_THEN_INLINE -> words.pick(CreditStyle.INLINE);
            case SOURCE_THEN_CAPTION -> new CreditStyle("Image source, agency", false,
                    w -> "Image source, " + w.agency());
            case MIXED_GLUED, SPARSE_RUN -> words.pick(CreditStyle.LINE); // each photo picks
            default -> words.pick(CreditStyle.LINE);
        };
    }

    /** The lines of one photo; a blank string is a blank line. */
    private List<String> photo(Layout layout, CreditStyle style, boolean credited) {
        String caption = words.caption();
        String credit = style.render().apply(words);
        List<String> lines = new ArrayList<>();
        switch (layout) {
            case CAPTION_THEN_CREDIT -> {
                lines.add(caption);
                if (credited) {
                    lines.add(credit);
                }
            }
            case CAPTION_BLANK_CREDIT -> {
                lines.add(caption);
                lines.add("");
                if (credited) {
                    lines.add(credit);
                    lines.add("");
                }
            }
            case INLINE_CREDIT -> lines.add(credited ? inline(caption, credit) : caption);
            case ALT_THEN_INLINE -> {
                lines.add(words.altText());
                lines.add(credited ? inline(caption, credit) : caption);
            }
            case TITLE_CAPTION_CREDIT -> {
                lines.add(words.title());
                lines.add(caption);
                lines.add("");
                lines.add("");
                if (credited) {
                    lines.add(credit);
                    lines.add("");
                }
            }
            case SOURCE_THEN_CAPTION -> {
                if (credited) {
                    lines.add(credit);
                }
                lines.add("Image caption, " + caption);
            }
            case MIXED_GLUED -> {
                CreditStyle own = words.pick(random.nextBoolean() ? CreditStyle.INLINE
                        : CreditStyle.LINE);
                String ownCredit = own.render().apply(words);
                if (credited && own.inline()) {
                    lines.add(inline(caption, ownCredit));
                } else {
                    lines.add(caption);
                    if (credited) {
                        lines.add(ownCredit);
                    }
                }
            }
            case SPARSE_RUN -> {
                String shaped = words.publishedCaption();
                boolean inline = random.nextInt(5) == 0;
                String ownCredit = words.pick(inline ? CreditStyle.INLINE
                        : CreditStyle.SPARSE_LINE).render().apply(words);
                lines.add(credited && inline ? inline(shaped, ownCredit) : shaped);
                if (credited && !inline) {
                    lines.add(ownCredit);
                }
            }
            case COUNTED_SLIDES -> {
                lines.add("Image " + (++slide) + " of " + slides);
                lines.add("");
                lines.add(caption);
                if (credited) {
                    lines.add(credit);
                }
                lines.add("");
            }
        }
        return lines;
    }

    private static String inline(String caption, String credit) {
        boolean bracketed = credit.startsWith(" [") || credit.startsWith(" (");
        return caption.endsWith(".") || bracketed ? caption + credit : caption + "." + credit;
    }

    /** A paragraph describing one photo; without a credit in half the cases. */
    private Piece description() {
        String source = words.pick(List.of("released by the ministry", "provided by state media",
                "taken by a local resident", "distributed by the organisers"));
        String text = "In a photograph " + source + ", " + words.scene();
        int kind = random.nextInt(4);
        if (kind == 0) {
            return new Piece(List.of(text + " (Photo: " + words.person() + "/" + words.agency()
                    + ")"), false);
        }
        if (kind == 1) {
            return new Piece(List.of(text, words.person() + " / " + words.agency()), false);
        }
        return new Piece(List.of(text), true);
    }

    private static PlantedArticle render(String path, List<List<Piece>> sections,
            boolean compact, Layout layout) {
        StringBuilder text = new StringBuilder();
        List<Set<Integer>> lost = new ArrayList<>();
        int line = 1;
        for (int s = 0; s < sections.size(); s++) {
            for (Piece piece : sections.get(s)) {
                Set<Integer> lines = new HashSet<>();
                for (String value : piece.lines()) {
                    if (value.isEmpty() && compact) {
                        continue;
                    }
                    if (!value.isEmpty()) {
                        lines.add(line);
                    }
                    text.append(value).append('\n');
                    line++;
                }
                if (piece.lost()) {
                    lost.add(lines);
                }
            }
            if (s < sections.size() - 1 && !compact) {
                text.append('\n');
                line++;
            }
        }
        return new PlantedArticle(path, text.toString(), layout, lost);
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                paragraphs.add(part.strip());
            }
        }
        return paragraphs;
    }
}
