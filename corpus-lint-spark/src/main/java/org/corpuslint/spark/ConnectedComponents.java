package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Connected components of an undirected graph held as an RDD of edges, with the alternating
 * Large-Star and Small-Star steps of Kiveris et al., "Connected Components in MapReduce and
 * Beyond" (SoCC 2014): each step groups edges by vertex and re-attaches neighbours to the
 * smallest vertex in sight; the graph keeps its components and becomes, in O(log² n) rounds, one
 * star per component centred on its smallest vertex. No vertex's component is ever gathered in
 * one place, however long a chain of near-copies is.
 */
final class ConnectedComponents {

    /** Far beyond the O(log² n) rounds any real graph takes: a guard against a defect. */
    private static final int MAX_ROUNDS = 200;

    private ConnectedComponents() {}

    /**
     * Every vertex that has an edge, with the smallest vertex of its component (itself for that
     * one). Self-loops and repeated edges are allowed.
     */
    static JavaPairRDD<Long, Long> of(JavaSparkContext context, JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1().equals(e._2()))
                .mapToPair(ConnectedComponents::largerFirst).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 0; ; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("connected components did not converge in "
                        + MAX_ROUNDS + " rounds");
            }
            LongAccumulator changes = context.sc().longAccumulator();
            JavaPairRDD<Long, Long> large = materialized(largeStar(current, changes));
            JavaPairRDD<Long, Long> small = materialized(smallStar(large, changes));
            current.unpersist(false);
            large.unpersist(false);
            current = small;
            // A recomputed task may count a change twice, never a change that did not happen:
            // zero means neither step moved an edge, and the graph is a forest of stars.
            if (changes.value() == 0) {
                break;
            }
        }
        JavaPairRDD<Long, Long> leaves = current; // (leaf, centre), centre smaller
        JavaPairRDD<Long, Long> centres = current.mapToPair(e -> new Tuple2<>(e._2(), e._2()));
        return leaves.union(centres).distinct();
    }

    /**
     * Large-Star: every vertex's larger neighbours are attached to the smallest vertex of its
     * neighbourhood (itself included).
     */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges,
            LongAccumulator changes) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator()).groupByKey()
                .flatMapToPair(group -> {
                    long vertex = group._1();
                    long smallest = vertex;
                    for (long neighbour : group._2()) {
                        smallest = Math.min(smallest, neighbour);
                    }
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (long neighbour : group._2()) {
                        if (neighbour > vertex) {
                            out.add(new Tuple2<>(neighbour, smallest));
                            if (smallest != vertex) {
                                changes.add(1);
                            }
                        }
                    }
                    return out.iterator();
                });
    }

    /**
     * Small-Star: every vertex and its smaller neighbours are attached to the smallest of
     * them.
     */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges,
            LongAccumulator changes) {
        return edges.mapToPair(ConnectedComponents::largerFirst).groupByKey()
                .flatMapToPair(group -> {
                    long vertex = group._1();
                    long smallest = vertex;
                    int smaller = 0;
                    for (long neighbour : group._2()) {
                        smallest = Math.min(smallest, neighbour);
                        smaller++;
                    }
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    out.add(new Tuple2<>(vertex, smallest));
                    for (long neighbour : group._2()) {
                        if (neighbour != smallest) {
                            out.add(new Tuple2<>(neighbour, smallest));
                        }
                    }
                    if (smaller > 1) {
                        changes.add(smaller - 1);
                    }
                    return out.iterator();
                });
    }

    private static JavaPairRDD<Long, Long> materialized(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> kept = edges.distinct().persist(StorageLevel.MEMORY_AND_DISK());
        kept.count();
        return kept;
    }

    private static Tuple2<Long, Long> largerFirst(Tuple2<Long, Long> edge) {
        return edge._1() >= edge._2() ? edge : edge.swap();
    }
}
