package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corpuslint.profile.CorpusProfile;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.CorpusStatistic;
import org.corpuslint.rule.ClusterSource;
import org.corpuslint.rule.Rule;
import org.corpuslint.rule.RuleCatalog;
import org.corpuslint.rule.RuleMetadata;
import org.corpuslint.rule.RuleOptions;

/**
 * The rules of one run and which of them, with which setting, check a given document. They are
 * created from the catalog before the corpus is read ({@link #create}) and prepared against the
 * corpus profile after it ({@link #prepare}). Folder overrides may switch a rule on or off, re-rank it or give it other options for one
 * folder; a rule gets one prepared instance per distinct set of options, so a rule that reads its
 * options in {@link Rule#prepare} sees the right ones. Everything is decided before the first
 * document is checked, in a fixed order, so runs are deterministic.
 */
final class RuleSelection {

    /** A prepared rule and the setting it runs with. */
    record Active(Rule rule, RuleSetting setting) {}

    private static final String CORPUS_WIDE = "";

    /** Folder ("" for the corpus-wide settings) to the rules that check documents there. */
    private final Map<String, List<Active>> byFolder = new LinkedHashMap<>();
    /** Override folders, deepest first, so the first that contains a document is its own. */
    private final List<String> foldersDeepestFirst;
    private final List<RuleMetadata> metadata = new ArrayList<>();
    /** Created rules not yet prepared, with the setting of their first use. */
    private final List<Unprepared> unprepared = new ArrayList<>();

    private record Unprepared(Rule rule, String id, RuleSetting setting) {}

    private RuleSelection(List<String> foldersDeepestFirst) {
        this.foldersDeepestFirst = foldersDeepestFirst;
    }

    /**
     * Creates the rules {@code config} enables, one instance per rule and distinct set of
     * options, without preparing them: done before the corpus is read, so a rule may start slow
     * loading meanwhile.
     */
    static RuleSelection create(RuleCatalog catalog, LintConfig config) {
        List<String> folders = new ArrayList<>(new TreeSet<>(
                config.overrides().stream().map(FolderOverride::folder).toList()));
        List<String> deepestFirst = new ArrayList<>(folders);
        deepestFirst.sort(Comparator.comparingInt((String f) -> f.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        RuleSelection selection = new RuleSelection(deepestFirst);

        List<String> keys = new ArrayList<>();
        keys.add(CORPUS_WIDE);
        keys.addAll(folders);
        Map<String, Map<Map<String, String>, Rule>> instances = new TreeMap<>();
        Set<String> usedIds = new TreeSet<>();
        for (String key : keys) {
            List<Active> active = new ArrayList<>();
            for (RuleCatalog.Entry entry : catalog.entries()) {
                String id = entry.id();
                // A document path just inside the folder picks up exactly the overrides of that
                // folder and of the folders above it.
                RuleSetting setting = key.isEmpty() ? config.ruleSetting(id)
                        : config.ruleSetting(id, key + "/");
                if (!setting.isEnabled()) {
                    continue;
                }
                Rule rule = instances.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(setting.options(), options -> {
                            Rule created = created(entry);
                            selection.unprepared.add(new Unprepared(created, id, setting));
                            return created;
                        });
                active.add(new Active(rule, setting));
                usedIds.add(id);
            }
            selection.byFolder.put(key, List.copyOf(active));
        }
        for (RuleMetadata descriptor : catalog.descriptors()) {
            if (usedIds.contains(descriptor.id())) {
                selection.metadata.add(descriptor);
            }
        }
        return selection;
    }

    /** Prepares every created rule against {@code profile}, in a fixed order; once. */
    RuleSelection prepare(LintConfig config, CorpusProfile profile) {
        for (Unprepared u : unprepared) {
            prepared(u.rule(), u.id(), u.setting(), config, profile);
        }
        unprepared.clear();
        return this;
    }

    private static Rule created(RuleCatalog.Entry entry) {
        Rule rule = entry.factory().get();
        if (!rule.metadata().id().equals(entry.id())) {
            throw new IllegalStateException("the factory of rule '" + entry.id()
                    + "' creates rule '" + rule.metadata().id() + "'");
        }
        return rule;
    }

    /** The rules that check the document at {@code path}, in registration order. */
    List<Active> forDocument(String path) {
        for (String folder : foldersDeepestFirst) {
            if (path.startsWith(folder + "/")) {
                return byFolder.get(folder);
            }
        }
        return byFolder.get(CORPUS_WIDE);
    }

    /**
     * The corpus statistics the rules that run on at least some documents declare, each once:
     * all the profile needs to count.
     */
    List<CorpusStatistic<?>> statistics() {
        Set<CorpusStatistic<?>> needed = new LinkedHashSet<>();
        metadata.forEach(m -> needed.addAll(m.statistics()));
        return List.copyOf(needed);
    }

    /** Every rule instance of the run, once each, in a fixed order. */
    List<Rule> rules() {
        Set<Rule> distinct = new LinkedHashSet<>();
        byFolder.values().forEach(actives -> actives.forEach(a -> distinct.add(a.rule())));
        return List.copyOf(distinct);
    }

    /** The clusters rules found once for the whole corpus ({@link ClusterSource}), by canonical path. */
    List<DuplicateCluster> duplicateClusters() {
        Map<String, DuplicateCluster> byCanonical = new TreeMap<>();
        for (Rule rule : rules()) {
            if (rule instanceof ClusterSource source) {
                source.clusters().forEach(c -> byCanonical.putIfAbsent(c.canonical(), c));
            }
        }
        return List.copyOf(byCanonical.values());
    }

    /** Metadata of every rule that runs on at least some documents. */
    List<RuleMetadata> metadata() {
        return List.copyOf(metadata);
    }

    private static void prepared(Rule rule, String id, RuleSetting setting, LintConfig config,
            CorpusProfile profile) {
        try {
            rule.prepare(profile, new RuleOptions(id, setting.options(), config.baseDirectory(),
                    setting.optionOrigins()));
        } catch (IllegalArgumentException e) {
            throw new CorpusLintException("invalid configuration: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A rule that cannot start would otherwise end the build with a bare stack trace.
            throw new CorpusLintException("rule '" + id + "' could not start: "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }
}
