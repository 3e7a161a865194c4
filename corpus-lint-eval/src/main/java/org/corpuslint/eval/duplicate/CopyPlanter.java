package org.corpuslint.eval.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes the copy of an article that {@link CopyKind} describes, from the article's own text,
 * other articles' sentences (the "update") and real page chrome lines.
 */
public final class CopyPlanter {

    private final Random random;
    private final List<String> chrome;
    private final List<String> donorSentences;

    public CopyPlanter(long seed, List<String> chrome, List<String> donorSentences) {
        this.random = new Random(seed);
        this.chrome = chrome;
        this.donorSentences = donorSentences;
    }

    public String copy(String article, CopyKind kind) {
        return switch (kind) {
            case EXACT -> rewhitespace(article);
            case CHROME -> withChrome(article);
            case UPDATED -> updated(article);
            case CHROME_UPDATED -> withChrome(updated(article));
            case PARAGRAPH_REPLACED -> paragraphReplaced(article);
        };
    }

    private String rewhitespace(String article) {
        return article.replace("\n\n", "\n\n\n").replace(". ", ".  ").strip() + "\n";
    }

    private String withChrome(String article) {
        StringBuilder out = new StringBuilder();
        int above = 1 + random.nextInt(4);
        for (int i = 0; i < above; i++) {
            out.append(pick(chrome)).append('\n');
        }
        out.append(article.strip()).append("\n\n");
        int below = 1 + random.nextInt(4);
        for (int i = 0; i < below; i++) {
            out.append(pick(chrome)).append('\n');
        }
        return out.toString();
    }

    /** One sentence of a body paragraph rewritten, and a one-sentence paragraph appended. */
    private String updated(String article) {
        List<String> paragraphs = paragraphs(article);
        int body = 1 + random.nextInt(Math.max(1, paragraphs.size() - 1));
        if (body < paragraphs.size()) {
            String[] sentences = paragraphs.get(body).split("(?<=\\.) ");
            sentences[random.nextInt(sentences.length)] = pick(donorSentences);
            paragraphs.set(body, String.join(" ", sentences));
        }
        paragraphs.add(pick(donorSentences));
        return String.join("\n\n", paragraphs) + "\n";
    }

    private String paragraphReplaced(String article) {
        List<String> paragraphs = paragraphs(article);
        int body = 1 + random.nextInt(Math.max(1, paragraphs.size() - 1));
        String replacement = pick(donorSentences) + " " + pick(donorSentences) + " "
                + pick(donorSentences);
        if (body < paragraphs.size()) {
            paragraphs.set(body, replacement);
        } else {
            paragraphs.add(replacement);
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static List<String> paragraphs(String article) {
        return new ArrayList<>(Arrays.stream(article.strip().split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
