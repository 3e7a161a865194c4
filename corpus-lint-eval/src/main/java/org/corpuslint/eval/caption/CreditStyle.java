package org.corpuslint.eval.caption;

import java.util.List;
import java.util.function.Function;

/**
 * Real-world shapes of photo credits, filled with invented names. A line style stands on its
 * own line; an inline style is appended to the caption.
 */
record CreditStyle(String name, boolean inline, Function<PhotoWords, String> render) {

    static final List<CreditStyle> LINE = List.of(
            line("name / agency", w -> w.person() + " / " + w.agency()),
            line("name/agency", w -> w.person() + "/" + w.agency()),
            line("name, agency / domain", w -> w.person() + ", " + w.agency() + " / "
                    + w.pick(PhotoWords.DOMAINS)),
            line("domain", w -> w.pick(PhotoWords.DOMAINS)),
            line("name / agency chain", w -> w.person() + " / " + w.agency() + " / "
                    + w.pick(PhotoWords.AGENCIES) + " / Scanpix / LETA"),
            line("agency via Getty", w -> w.pick(PhotoWords.AGENCIES) + " via Getty Images"),
            line("name/agency via Getty", w -> w.person() + "/" + w.agency() + " via Getty Images"),
            line("Photo: name/agency", w -> "Photo: " + w.person() + "/" + w.agency()),
            line("Photo: name, agency", w -> "Photo: " + w.person() + ", " + w.agency()),
            line("Credit: agency", w -> "Credit: " + w.agency()),
            line("Image: agency", w -> "Image: " + w.agency()),
            line("Photograph: name for outlet", w -> "Photograph: " + w.person() + " for "
                    + w.pick(PhotoWords.OUTLETS)),
            line("(c) agency", w -> "© " + w.agency()),
            line("Courtesy of", w -> "Courtesy of " + w.pick(PhotoWords.ORGS)),
            line("Picture: agency", w -> "Picture: " + w.agency()),
            line("name for outlet", w -> w.person() + " for The " + w.pick(List.of("New York Times",
                    "Washington Post", "Northern Courier"))),
            line("AGENCY/name", w -> w.pick(PhotoWords.AGENCIES).toUpperCase(java.util.Locale.ROOT)
                    + "/" + w.person()),
            line("name | agency", w -> w.person() + " | " + w.agency()),
            line("Credit...name for outlet", w -> "Credit..." + w.person() + " for "
                    + w.pick(PhotoWords.OUTLETS)),
            line("[name/agency via AP]", w -> "[" + w.person() + "/" + w.agency()
                    + ", Pool via AP Photo]"),
            line("agency alone", w -> w.agency()),
            line("(c) name", w -> "© " + w.person()),
            line("(name)", w -> "(" + w.person() + ")"),
            line("name/agency files", w -> w.person() + "/" + w.agency() + " files"));

    /**
     * Credit lines of short runs: the usual ones, a name after the kind of photo, and a studio
     * or outlet named alone, which only the place below a caption shows to be a credit.
     */
    static final List<CreditStyle> SPARSE_LINE = java.util.stream.Stream.concat(LINE.stream(),
            java.util.stream.Stream.of(
                    line("Pool photo by name", w -> w.pick(List.of("Pool", "Staff", "File"))
                            + " photo by " + w.person()),
                    line("studio alone", w -> w.pick(PhotoWords.STUDIOS)))).toList();

    static final List<CreditStyle> INLINE = List.of(
            inline("[name/agency, Pool via AP Photo]", w -> " [" + w.person() + "/"
                    + w.agency() + ", Kremlin Pool via AP Photo]"),
            inline("[agency via Reuters]", w -> " [" + w.agency() + " via Reuters]"),
            inline("(Photo: name/agency)", w -> " (Photo: " + w.person() + "/" + w.agency() + ")"),
            inline("(AP Photo/name)", w -> " (AP Photo/" + w.person() + ")"),
            inline("(Photo by name/agency via Getty)", w -> " (Photo by " + w.person() + "/"
                    + w.agency() + " via Getty Images)"),
            inline(". AGENCY/name", w -> " " + w.pick(PhotoWords.AGENCIES)
                    .toUpperCase(java.util.Locale.ROOT) + "/" + w.person()),
            inline("Photo: name, agency", w -> " Photo: " + w.person() + ", " + w.agency()),
            inline("(Image: agency)", w -> " (Image: " + w.agency() + ")"),
            inline("(name/agency)", w -> " (" + w.person() + "/" + w.agency() + ")"),
            inline("| name/agency", w -> " | " + w.person() + "/" + w.agency()),
            inline("glued name/agency", w -> w.person() + "/" + w.agency()),
            inline("glued Photo: name", w -> "Photo: " + w.person()),
            inline("(name)", w -> " (" + w.person() + ")"),
            inline("[name]", w -> " [" + w.person() + "]"));

    private static CreditStyle line(String name, Function<PhotoWords, String> render) {
        return new CreditStyle(name, false, render);
    }

    private static CreditStyle inline(String name, Function<PhotoWords, String> render) {
        return new CreditStyle(name, true, render);
    }
}
