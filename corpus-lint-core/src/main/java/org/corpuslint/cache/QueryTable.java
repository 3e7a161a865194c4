package org.corpuslint.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct evidence queries ({@code source + separator + key}) of a cache with their
 * answers' hashes, numbered: a file keeps the ids of the queries its check read, a few bytes
 * each, rather than the queries. Ids stay as they were read from the cache, so the files that
 * are not checked again keep theirs; queries no file refers to any more are dropped when they
 * are the larger part ({@link #compacted}). Interning is thread-safe: workers check files in
 * parallel.
 */
public final class QueryTable {

    private final Map<String, Integer> ids;
    private final List<String> queries;
    private long[] answers;

    private QueryTable(List<String> queries, long[] answers) {
        this.queries = new ArrayList<>(queries);
        this.answers = Arrays.copyOf(answers, Math.max(16, answers.length));
        this.ids = new HashMap<>(queries.size() * 2);
        for (int i = 0; i < queries.size(); i++) {
            ids.put(queries.get(i), i);
        }
    }

    public static QueryTable empty() {
        return new QueryTable(List.of(), new long[0]);
    }

    /** A table read from a cache: query {@code i} has answer {@code answers[i]}. */
    public static QueryTable of(List<String> queries, long[] answers) {
        return new QueryTable(queries, Arrays.copyOf(answers, queries.size()));
    }

    public synchronized int size() {
        return queries.size();
    }

    public synchronized String query(int id) {
        return queries.get(id);
    }

    public synchronized long answer(int id) {
        return answers[id];
    }

    /** Records that query {@code id} is now answered {@code answer}. */
    public synchronized void answer(int id, long answer) {
        answers[id] = answer;
    }

    /** The ids of {@code recorded} queries, sorted, each given its recorded answer. */
    public synchronized int[] intern(Map<String, Long> recorded) {
        int[] result = new int[recorded.size()];
        int n = 0;
        for (Map.Entry<String, Long> e : recorded.entrySet()) {
            result[n++] = intern(e.getKey(), e.getValue());
        }
        Arrays.sort(result);
        return result;
    }

    private int intern(String query, long answer) {
        Integer id = ids.get(query);
        if (id == null) {
            id = queries.size();
            ids.put(query, id);
            queries.add(query);
            if (id == answers.length) {
                answers = Arrays.copyOf(answers, id * 2);
            }
        }
        answers[id] = answer;
        return id;
    }

    /** Every query in id order, for writing. */
    public synchronized List<String> queries() {
        return List.copyOf(queries);
    }

    /** Every answer in id order, for writing. */
    public synchronized long[] answers() {
        return Arrays.copyOf(answers, queries.size());
    }

    /**
     * This table with only the queries {@code sources} refer to, and the sources renumbered,
     * when more than half the queries are no longer referred to; else this table as it is.
     */
    public synchronized Compacted compacted(Collection<CachedSource> sources) {
        boolean[] used = new boolean[queries.size()];
        int live = 0;
        for (CachedSource source : sources) {
            for (int id : source.queries()) {
                if (!used[id]) {
                    used[id] = true;
                    live++;
                }
            }
        }
        if (live * 2 >= queries.size()) {
            return new Compacted(this, null);
        }
        int[] renumbered = new int[queries.size()];
        List<String> kept = new ArrayList<>(live);
        long[] keptAnswers = new long[live];
        for (int id = 0; id < used.length; id++) {
            if (used[id]) {
                renumbered[id] = kept.size();
                keptAnswers[kept.size()] = answers[id];
                kept.add(queries.get(id));
            }
        }
        return new Compacted(of(kept, keptAnswers), renumbered);
    }

    /**
     * A compacted table and how old ids map to its ids ({@code null}: unchanged).
     */
    public record Compacted(QueryTable table, int[] renumbered) {
        /** {@code source} with ids of the compacted table. */
        public CachedSource renumber(CachedSource source) {
            if (renumbered == null) {
                return source;
            }
            int[] ids = source.queries().clone();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = renumbered[ids[i]];
            }
            Arrays.sort(ids);
            return source.withQueries(ids);
        }
    }
}
