package org.corpuslint.text.language;

import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.UrlTextFilter;

/**
 * The filters of the library's factory for large texts
 * ({@code CommonTextObjectFactories.forDetectingOnLargeText}: web and e-mail addresses
 * removed, then the letters of scripts with under 30% of the most used script's letters), with
 * the common case answered without them: a text with no {@code @}, no {@code ://} and no letter
 * outside the Latin script is what both filters return unchanged. The address filter's e-mail
 * pattern tries every offset of the text, and the script filter looks up every character's
 * script, for each paragraph the identifier is asked about.
 */
final class LargeTextFilter implements TextFilter {

    private static final TextFilter ADDRESSES = UrlTextFilter.getInstance();
    private static final TextFilter MINORITY_SCRIPTS =
            RemoveMinorityScriptsTextFilter.forThreshold(0.3);

    @Override
    public String filter(CharSequence text) {
        String plain = text.toString();
        if (unchangedByFilters(plain)) {
            return plain;
        }
        return MINORITY_SCRIPTS.filter(ADDRESSES.filter(plain));
    }

    /**
     * Whether both filters return {@code text} as it is: the address patterns need an
     * {@code @} (e-mail) or {@code ://} (web); the script filter removes nothing when it counts
     * at most one script, and characters below U+0250 and of U+2000 to U+206F are Latin, common
     * or unassigned (counted for no script) or inherited (counted for the letter before), so
     * only the Latin script is counted.
     */
    static boolean unchangedByFilters(String text) {
        if (text.indexOf('@') >= 0 || text.contains("://")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x250 && (c < 0x2000 || c > 0x206F)) {
                return false;
            }
        }
        return true;
    }
}
