package org.corpuslint.text.damage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup a scraper left in the text: HTML tags of page content ({@code <p>}, {@code <br/>},
 * {@code <a href=…>}), HTML comments, WordPress shortcodes ({@code [caption id=…]}) and
 * Markdown images. Only known tag names count, so prose such as {@code a <b} inequality or
 * {@code <Reuters>} is left alone. There is no exact repair: removing a tag may join or drop
 * text, so these are reported for a person to judge.
 */
final class MarkupFinder {

    private static final String TAGS = "p|br|hr|div|span|a|img|b|i|u|em|strong|small|sup|sub"
            + "|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|blockquote|figure"
            + "|figcaption|picture|source|iframe|script|style|noscript|section|article|aside"
            + "|header|footer|nav|font|center|video|audio|embed|object|param|meta|link|form"
            + "|input|button|label|time|cite|abbr|wbr|ins|del|s|strike|pre|code";
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)</?(?:" + TAGS + ")(?=[\\s/>])(?:\\s[^<>\\n]{0,400})?\\s*/?>"
            + "|<!--[^\\n]{0,400}?-->"
            + "|\\[/?(?:caption|gallery|embed|video|audio|playlist|vc_[a-z_]+|et_pb_[a-z_]+)"
            + "(?:\\s[^\\[\\]\\n]{0,400})?\\]"
            + "|!\\[[^\\[\\]\\n]{0,300}\\]\\([^()\\s]{1,500}(?:\\s+\"[^\"\\n]{0,200}\")?\\)");

    private MarkupFinder() {}

    static void find(String text, List<Damage> out) {
        if (text.indexOf('<') < 0 && text.indexOf('[') < 0) {
            return;
        }
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            out.add(Damage.reportOnly(DamageKind.MARKUP, m.start(), m.end(), ""));
        }
    }
}
