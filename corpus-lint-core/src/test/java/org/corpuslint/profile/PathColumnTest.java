package org.corpuslint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathColumnTest {

    @Test
    void keepsEveryPathExactlyAndSortsThemAsStringsSort() {
        List<String> paths = new ArrayList<>(List.of("outlet-03/0000123.txt",
                "part-01.jsonl.gz#17", "part-01.jsonl.gz#170", "", "caf\u00e9/b.txt",
                "\u00fcber/\u4e2d\u6587.txt", "emoji-\ud83d\ude00.txt", "private-\uffee.txt",
                "lone-\ud800-high.txt", "lone-\udc00-low.txt", "z".repeat(3_000_000)));
        Random random = new Random(7);
        String alphabet = "ab\u00e9\u4e2d\ud83d\ude00\uffee/#0";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            paths.add(path.toString());
        }
        PathColumn column = new PathColumn();
        paths.forEach(column::add);

        assertEquals(paths.size(), column.size());
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(paths.get(i), column.get(i));
        }
        for (int i = 0; i < 20_000; i++) {
            int a = random.nextInt(paths.size());
            int b = random.nextInt(paths.size());
            assertEquals(Integer.signum(paths.get(a).compareTo(paths.get(b))),
                    column.compare(a, b), paths.get(a) + " against " + paths.get(b));
        }
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        List<String> byColumn = new ArrayList<>();
        for (int i : column.sortedIndexes()) {
            byColumn.add(column.get(i));
        }
        assertEquals(sorted, byColumn);
    }
}
