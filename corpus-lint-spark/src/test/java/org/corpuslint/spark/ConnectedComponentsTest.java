package org.corpuslint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ConnectedComponentsTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("corpus-lint-components")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void everyVertexGetsTheSmallestVertexOfItsComponent() {
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        Map<Long, Long> expected = new TreeMap<>();
        // A long chain numbered out of order: 1000 - 1003 - 1006 - ... - 1597, then back to 1001.
        long previous = 1_000;
        expected.put(previous, 1_000L);
        for (long v = 1_003; v < 1_600; v += 3) {
            edges.add(new Tuple2<>(previous, v));
            expected.put(v, 1_000L);
            previous = v;
        }
        edges.add(new Tuple2<>(previous, 1_001L));
        expected.put(1_001L, 1_000L);
        // A star whose centre is not the smallest vertex, given twice and with a self-loop.
        for (long leaf : new long[] {50, 7, 90, 60}) {
            edges.add(new Tuple2<>(40L, leaf));
            edges.add(new Tuple2<>(leaf, 40L));
            expected.put(leaf, 7L);
        }
        expected.put(40L, 7L);
        edges.add(new Tuple2<>(90L, 90L));
        // A cycle, and a lone pair.
        for (long v = 200; v < 210; v++) {
            edges.add(new Tuple2<>(v, v == 209 ? 200 : v + 1));
            expected.put(v, 200L);
        }
        edges.add(new Tuple2<>(301L, 300L));
        expected.put(300L, 300L);
        expected.put(301L, 300L);
        Collections.shuffle(edges, new Random(3));

        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<Long, Long> found = new TreeMap<>(ConnectedComponents.of(context,
                context.parallelizePairs(edges, 4)).collectAsMap());

        assertEquals(expected, found);
    }
}
