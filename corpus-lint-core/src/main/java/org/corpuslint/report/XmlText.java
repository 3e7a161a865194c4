package org.corpuslint.report;

/** Escapes text for XML 1.0 attribute values and character data. */
final class XmlText {

    private XmlText() {}

    /**
     * The text as an attribute value between double quotes. Markup characters become entities;
     * tab, line feed and carriage return become character references, so a parser's attribute
     * normalisation keeps them. Characters XML 1.0 cannot carry at all, not even as a reference
     * (other control characters, lone surrogates, U+FFFE and U+FFFF), become U+FFFD.
     */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE'
                            || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
