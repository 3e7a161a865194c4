package org.corpuslint.text.damage;

import java.util.HashMap;
import java.util.Map;

/**
 * The named HTML character references a scraper leaves in news text: the markup-significant
 * ones, the Latin-1 set of HTML 4 and the common typographic ones. A name outside the table is
 * not reported, so an ampersand that only looks like an entity ({@code R&D;}) is left alone.
 */
final class EntityNames {

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        put("amp", 0x26, "lt", 0x3C, "gt", 0x3E, "quot", 0x22, "apos", 0x27);
        // HTML 4 Latin-1: U+00A0..U+00FF in order.
        String[] latin1 = {"nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
            "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2",
            "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo",
            "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde",
            "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave",
            "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde",
            "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
            "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
            "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth",
            "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash",
            "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"};
        for (int i = 0; i < latin1.length; i++) {
            NAMES.put(latin1[i], String.valueOf((char) (0xA0 + i)));
        }
        put("OElig", 0x152, "oelig", 0x153, "Scaron", 0x160, "scaron", 0x161, "Yuml", 0x178,
                "fnof", 0x192, "circ", 0x2C6, "tilde", 0x2DC, "ensp", 0x2002, "emsp", 0x2003,
                "thinsp", 0x2009, "zwnj", 0x200C, "zwj", 0x200D, "lrm", 0x200E, "rlm", 0x200F,
                "ndash", 0x2013, "mdash", 0x2014, "lsquo", 0x2018, "rsquo", 0x2019,
                "sbquo", 0x201A, "ldquo", 0x201C, "rdquo", 0x201D, "bdquo", 0x201E,
                "dagger", 0x2020, "Dagger", 0x2021, "bull", 0x2022, "hellip", 0x2026,
                "permil", 0x2030, "prime", 0x2032, "Prime", 0x2033, "lsaquo", 0x2039,
                "rsaquo", 0x203A, "euro", 0x20AC, "trade", 0x2122, "larr", 0x2190,
                "rarr", 0x2192, "minus", 0x2212, "le", 0x2264, "ge", 0x2265, "ne", 0x2260);
    }

    private EntityNames() {}

    private static void put(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            NAMES.put((String) pairs[i], Character.toString((Integer) pairs[i + 1]));
        }
    }

    /** The text {@code name} stands for, or {@code null} when it is not in the table. */
    static String decode(String name) {
        return NAMES.get(name);
    }
}
