package org.corpuslint.cache;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpuslint.io.ByteArrayDataInput;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.profile.DuplicateClusters;
import org.corpuslint.profile.ExactStatistics;

/**
 * Writes and reads the duplicate clusters a run found, by similarity threshold (block
 * {@link Blobs#CLUSTERS}), so that a run whose edits moved no cluster need not cluster the whole
 * corpus again.
 */
public final class ClusterCodec {

    private ClusterCodec() {}

    public static void write(DataOutput out, Map<Double, DuplicateClusters> byThreshold)
            throws IOException {
        Map<Double, DuplicateClusters> sorted = new TreeMap<>(byThreshold);
        out.writeInt(sorted.size());
        for (Map.Entry<Double, DuplicateClusters> e : sorted.entrySet()) {
            out.writeDouble(e.getKey());
            List<DuplicateCluster> clusters = e.getValue().clusters();
            out.writeInt(clusters.size());
            for (DuplicateCluster cluster : clusters) {
                ExactStatistics.writeString(out, cluster.canonical());
                out.writeInt(cluster.copies().size());
                for (DuplicateCluster.Copy copy : cluster.copies()) {
                    ExactStatistics.writeString(out, copy.path());
                    out.writeDouble(copy.similarity());
                    out.writeBoolean(copy.exact());
                }
            }
        }
    }

    /** The clusters {@link #write} wrote. */
    public static Map<Double, DuplicateClusters> read(byte[] block) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(block);
        int thresholds = count(in.readInt());
        Map<Double, DuplicateClusters> byThreshold = new TreeMap<>();
        for (int t = 0; t < thresholds; t++) {
            double threshold = in.readDouble();
            int n = count(in.readInt());
            List<DuplicateCluster> clusters = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                String canonical = ExactStatistics.readString(in);
                int copyCount = count(in.readInt());
                List<DuplicateCluster.Copy> copies = new ArrayList<>(copyCount);
                for (int k = 0; k < copyCount; k++) {
                    copies.add(new DuplicateCluster.Copy(ExactStatistics.readString(in),
                            in.readDouble(), in.readBoolean()));
                }
                clusters.add(new DuplicateCluster(canonical, copies));
            }
            byThreshold.put(threshold, DuplicateClusters.of(clusters));
        }
        if (in.remaining() > 0) {
            throw new IOException("damaged (data after the clusters)");
        }
        return byThreshold;
    }

    private static int count(int n) throws IOException {
        if (n < 0 || n > 1 << 28) {
            throw new IOException("bad count " + n);
        }
        return n;
    }
}
