package org.corpuslint.eval.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a synthetic news corpus of N articles from the paragraphs of a clean corpus
 * (news-dev): each article a title and 6 to 14 paragraphs drawn at random, a date in 2023-2024,
 * one of 20 outlets. Written twice, the same articles: as {@code files/<outlet>/<n>.txt} with a
 * date header, and as {@code jsonl/part-<k>.jsonl.gz} records ({@code id}, {@code date},
 * {@code source}, {@code url}, {@code text}) in 16 parts. Deterministic for a seed.
 *
 * <p>Usage: {@code ScaleCorpus <news-dev folder> <output folder> <articles> [seed]}.
 */
public final class ScaleCorpus {

    private static final int OUTLETS = 20;
    private static final int PARTS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ScaleCorpus <news-dev> <output> <articles> [seed]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 16;
        List<String> paragraphs = paragraphs(source);
        SplittableRandom random = new SplittableRandom(seed);
        Path files = Files.createDirectories(out.resolve("files"));
        Path jsonl = Files.createDirectories(out.resolve("jsonl"));
        List<Writer> parts = new ArrayList<>();
        for (int k = 0; k < PARTS; k++) {
            OutputStream gz = new GZIPOutputStream(Files.newOutputStream(
                    jsonl.resolve(String.format("part-%02d.jsonl.gz", k))), 1 << 16);
            parts.add(new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16));
        }
        long bytes = 0;
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int n = 0; n < articles; n++) {
            String outlet = String.format("outlet-%02d", random.nextInt(OUTLETS));
            LocalDate date = first.plusDays(random.nextInt(730));
            StringBuilder body = new StringBuilder();
            String title = paragraphs.get(random.nextInt(paragraphs.size()));
            body.append(title, 0, Math.min(title.length(), 70)).append("\n\n");
            int count = 6 + random.nextInt(9);
            for (int p = 0; p < count; p++) {
                body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            String text = body.toString();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            Path folder = files.resolve(outlet);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(String.format("%07d.txt", n)),
                    " date " + date + "\n" + text);
            ObjectNode record = JSON.createObjectNode();
            record.put("id", "a" + n);
            record.put("date", date.toString());
            record.put("source", outlet);
            record.put("url", "https://" + outlet + ".example/" + n);
            record.put("text", text);
            Writer part = parts.get(n % PARTS);
            part.write(JSON.writeValueAsString(record));
            part.write('\n');
        }
        for (Writer part : parts) {
            part.close();
        }
        System.out.printf("%,d articles, %,d bytes of text -> %s%n", articles, bytes, out);
    }

    /** The paragraphs (blank-line separated, 40 characters or more) of every .txt file. */
    static List<String> paragraphs(Path corpus) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String paragraph : Files.readString(file).split("\\n\\s*\\n")) {
                    String trimmed = paragraph.strip();
                    if (trimmed.length() >= 40 && !trimmed.startsWith("date ")) {
                        paragraphs.add(trimmed);
                    }
                }
            }
        }
        return paragraphs;
    }
}
