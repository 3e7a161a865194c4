package org.corpuslint.rules.encoding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.rule.DocumentAnalyses;
import org.corpuslint.rule.OptionType;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleContext;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOption;
import org.corpuslint.rule.RuleOptions;
import org.corpuslint.text.damage.Damage;
import org.corpuslint.text.damage.DamageKind;

/**
 * Encoding damage in the text: mojibake, HTML entities, markup remnants, lost and stray
 * characters, look-alike letters of another script and text not in NFC. The damage is found
 * once per document by {@link DocumentAnalyses#TEXT_DAMAGE}, which other rules read to skip the
 * words it damaged.
 */
public final class EncodingRule implements Rule {

    public static final String ID = "encoding";

    static final RuleOption<Set<DamageKind>> IGNORE = new RuleOption<>("ignore",
            OptionType.of("list of damage kinds", (text, base) -> kinds(text)), "",
            "kinds of damage not to report: " + Stream.of(DamageKind.values())
                    .map(DamageKind::label).collect(Collectors.joining(", ")));

    public static final RuleMetadata METADATA = new RuleMetadata(
            ID,
            Severity.WARNING,
            "The text carries encoding damage: mojibake, HTML entities, markup or stray characters.",
            "Scraped text often passed through a wrong decoding or an HTML page source on its way"
                    + " into the corpus. The rule reports mojibake (UTF-8 decoded as"
                    + " Windows-1252 or Latin-1: `â€™` for `’`, `Ã©` for `é`), HTML entities"
                    + " left in the text (`&amp;`, `&#233;`), markup remnants (`<p>`, `<br/>`,"
                    + " `[caption id=…]`, Markdown images), U+FFFD replacement characters, C0"
                    + " and C1 control characters, zero-width and bidirectional characters inside"
                    + " a word, a look-alike letter of another script inside a word (a Cyrillic"
                    + " `а` in a Latin name) and text not in Unicode normal form NFC. Mojibake,"
                    + " entities and NFC have an exact repair, offered as a safe fix (a mojibake"
                    + " repair only when re-encoding it reproduces the damage exactly); invisible"
                    + " characters and look-alikes get a fix to review; the rest is reported"
                    + " only. The spelling rule skips the words reported here.",
            "`Theyâ€™re` → `warning [encoding] mojibake 'â€™' (UTF-8 text decoded as"
                    + " Windows-1252); it reads '’'`, fixed to `They’re`.",
            List.of(IGNORE),
            Set.of(FixConfidence.SAFE, FixConfidence.LIKELY));

    private Set<DamageKind> ignored = Set.of();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void prepare(CorpusProfile profile, RuleOptions options) {
        ignored = options.value(IGNORE);
    }

    @Override
    public void check(RuleContext context) {
        String text = context.document().text();
        for (Damage damage : context.analysis(DocumentAnalyses.TEXT_DAMAGE).damages()) {
            if (ignored.contains(damage.kind())) {
                continue;
            }
            String damaged = text.substring(damage.start(), damage.end());
            Severity severity = damage.kind() == DamageKind.NFC ? Severity.INFO : Severity.WARNING;
            context.report(severity, damage.start(), damage.end(),
                    DamageMessages.of(damage, damaged), fix(context, damage));
        }
    }

    private static Fix fix(RuleContext context, Damage damage) {
        return switch (damage.kind()) {
            case MOJIBAKE, ENTITY, NFC -> damage.repair() == null ? null
                    : Fix.of(damage.kind() == DamageKind.NFC ? "normalize to NFC"
                            : "replace with " + DamageMessages.shown(damage.repair()),
                            context.edit(damage.start(), damage.end(), damage.repair()),
                            FixConfidence.SAFE);
            case INVISIBLE -> Fix.of("delete the invisible character",
                    context.edit(damage.start(), damage.end(), ""), FixConfidence.LIKELY);
            case MIXED_SCRIPT -> Fix.of("replace with '" + damage.repair() + "'",
                    context.edit(damage.start(), damage.end(), damage.repair()),
                    FixConfidence.LIKELY);
            default -> null;
        };
    }

    private static Set<DamageKind> kinds(String text) throws OptionType.Rejected {
        Set<DamageKind> kinds = EnumSet.noneOf(DamageKind.class);
        for (String item : OptionType.items(text)) {
            DamageKind kind = Stream.of(DamageKind.values())
                    .filter(k -> k.label().equalsIgnoreCase(item)).findFirst()
                    .orElseThrow(() -> new OptionType.Rejected("a list of damage kinds ("
                            + Stream.of(DamageKind.values()).map(DamageKind::label)
                                    .collect(Collectors.joining(", ")) + ")"));
            kinds.add(kind);
        }
        return Set.copyOf(kinds);
    }
}
