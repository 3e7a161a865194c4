package org.corpuslint.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules a linter knows, each registered as its {@link RuleMetadata descriptor} and a factory.
 * Descriptors are read without creating a rule, so validating a configuration or listing the
 * rules costs nothing; a rule is created only to run.
 */
public final class RuleCatalog {

    /** One registered rule. */
    public record Entry(RuleMetadata descriptor, Supplier<Rule> factory) {
        public Entry {
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(factory, "factory");
        }

        public String id() {
            return descriptor.id();
        }
    }

    private final Map<String, Entry> byId;

    private RuleCatalog(Map<String, Entry> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A catalog of rules given only as factories (a third-party rule set written before
     * descriptors): each factory is called once here to read its rule's metadata.
     */
    public static RuleCatalog ofFactories(List<Supplier<Rule>> factories) {
        Builder builder = builder();
        factories.forEach(f -> builder.add(f.get().metadata(), f));
        return builder.build();
    }

    /** The registered rules, in registration (documentation) order. */
    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** The descriptors, in registration order. */
    public List<RuleMetadata> descriptors() {
        List<RuleMetadata> all = new ArrayList<>();
        byId.values().forEach(e -> all.add(e.descriptor()));
        return all;
    }

    public Optional<RuleMetadata> descriptor(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::descriptor);
    }

    /** The factories, in registration order. */
    public List<Supplier<Rule>> factories() {
        List<Supplier<Rule>> all = new ArrayList<>();
        byId.values().forEach(e -> all.add(e.factory()));
        return all;
    }

    public static final class Builder {
        private final Map<String, Entry> byId = new LinkedHashMap<>();

        private Builder() {}

        /** Registers a rule; one line per rule. */
        public Builder add(RuleMetadata descriptor, Supplier<Rule> factory) {
            Entry entry = new Entry(descriptor, factory);
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("rule '" + entry.id() + "' registered twice");
            }
            return this;
        }

        public RuleCatalog build() {
            return new RuleCatalog(byId);
        }
    }
}
