package org.corpuslint.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.corpuslint.document.Document;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.model.Finding;

/**
 * Keeps, while a run checks documents, the texts of the {@code capacity} documents with the most
 * findings, for the HTML report: it then shows them without reading the corpus again (a record
 * of a JSON Lines file could only be read again with its whole file). Memory holds
 * {@code capacity} texts, whatever the size of the corpus. Keys are a file's path, or for a
 * record its file's path, {@code #} and the record's line ({@link Finding#documentKey()}).
 */
public final class KeptTexts implements RunObserver, DocumentTexts {

    private record Kept(String key, String text, int findings) {}

    /** The least worth keeping first: fewest findings, then the last path. */
    private static final Comparator<Kept> WORTH = Comparator.comparingInt(Kept::findings)
            .thenComparing(Kept::key, Comparator.reverseOrder());

    private final int capacity;
    private final PriorityQueue<Kept> kept = new PriorityQueue<>(WORTH);
    private Map<String, String> byKey;

    public KeptTexts(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public boolean readsDocuments() {
        return capacity > 0;
    }

    @Override
    public void documentChecked(Document document, List<Finding> findings) {
        if (findings.isEmpty() || capacity == 0) {
            return;
        }
        String key = document.recordLocation() == null ? document.path()
                : document.path() + "#" + document.recordLocation().line();
        Kept candidate = new Kept(key, document.text(), findings.size());
        synchronized (kept) {
            if (kept.size() < capacity) {
                kept.add(candidate);
            } else if (WORTH.compare(candidate, kept.peek()) > 0) {
                kept.poll();
                kept.add(candidate);
            }
            byKey = null;
        }
    }

    @Override
    public Optional<String> text(String key) {
        synchronized (kept) {
            if (byKey == null) {
                byKey = new HashMap<>();
                kept.forEach(k -> byKey.put(k.key(), k.text()));
            }
            return Optional.ofNullable(byKey.get(key));
        }
    }

    /** Kept texts first, then {@code fallback} for a document that was not kept. */
    public DocumentTexts orElse(DocumentTexts fallback) {
        return key -> text(key).or(() -> fallback.text(key));
    }
}
