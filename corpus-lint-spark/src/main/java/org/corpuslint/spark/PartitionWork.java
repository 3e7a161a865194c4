package org.corpuslint.spark;

import java.util.List;

/**
 * How the rules pass divided the corpus: documents, input bytes (file sizes as listed:
 * compressed bytes for a compressed file) and findings per partition, and the partitions' wall
 * time in milliseconds, in partition order.
 */
public record PartitionWork(List<Long> documents, List<Long> bytes, List<Long> findings,
        List<Long> millis) {

    public int partitions() {
        return documents.size();
    }

    public long totalDocuments() {
        return documents.stream().mapToLong(Long::longValue).sum();
    }

    /** One line for a log: partitions, and the least, median and most documents in one. */
    public String describe() {
        List<Long> sorted = documents.stream().sorted().toList();
        List<Long> time = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "no partitions";
        }
        return partitions() + " partitions; documents per partition min " + sorted.get(0)
                + ", median " + sorted.get(sorted.size() / 2) + ", max "
                + sorted.get(sorted.size() - 1) + "; task time min " + time.get(0)
                + " ms, median " + time.get(time.size() / 2) + " ms, max "
                + time.get(time.size() - 1) + " ms";
    }

    /** One line per partition: index, documents, bytes, findings, milliseconds (tab-separated). */
    public String table() {
        StringBuilder table = new StringBuilder("partition\tdocuments\tbytes\tfindings\tms\n");
        for (int i = 0; i < partitions(); i++) {
            table.append(i).append('\t').append(documents.get(i)).append('\t')
                    .append(bytes.get(i)).append('\t').append(findings.get(i)).append('\t')
                    .append(millis.get(i)).append('\n');
        }
        return table.toString();
    }
}
