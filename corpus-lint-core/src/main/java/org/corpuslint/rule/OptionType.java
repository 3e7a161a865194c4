package org.corpuslint.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The type of a rule option: its name as the documentation shows it ({@code integer},
 * {@code file list}) and the one parser that turns configured text into a value or says what
 * was expected instead. The engine validates configured values with it before the corpus is
 * read, and the rule reads its values through it, so a value is checked in one place only.
 *
 * @param <T> the parsed value
 */
public final class OptionType<T> {

    /** Why a configured text is not a value of the type: what was expected instead. */
    public static final class Rejected extends Exception {
        private final String expected;

        /** @param expected what a value must be, phrased to follow "expected" */
        public Rejected(String expected) {
            super(expected, null, false, false);
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    /** Parses trimmed text; relative paths resolve against the configuration's folder. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text, Path baseDirectory) throws Rejected;
    }

    public static final OptionType<String> STRING = of("string", (text, base) -> text);

    public static final OptionType<Boolean> BOOLEAN = of("boolean", (text, base) ->
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new Rejected("true or false");
            });

    public static final OptionType<Integer> INTEGER = integerAtLeast(Integer.MIN_VALUE);

    /** Comma-separated values, trimmed, without empty entries; a YAML list arrives so. */
    public static final OptionType<List<String>> LIST = of("list", (text, base) -> items(text));

    /** Comma-separated files, each resolved against the configuration's folder. */
    public static final OptionType<List<Path>> FILE_LIST = of("file list", (text, base) -> {
        List<Path> paths = new ArrayList<>();
        for (String item : items(text)) {
            paths.add(base.resolve(item).normalize());
        }
        return List.copyOf(paths);
    });

    private final String name;
    private final Parser<T> parser;

    private OptionType(String name, Parser<T> parser) {
        this.name = Objects.requireNonNull(name, "name");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A type of a rule's own, for values no built-in type describes. */
    public static <T> OptionType<T> of(String name, Parser<T> parser) {
        return new OptionType<>(name, parser);
    }

    /** A whole number of at least {@code min}. */
    public static OptionType<Integer> integerAtLeast(int min) {
        boolean bounded = min != Integer.MIN_VALUE;
        return of(bounded ? "integer, at least " + min : "integer", (text, base) -> {
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new Rejected("a whole number");
            }
            if (value < min) {
                throw new Rejected("a whole number of at least " + min);
            }
            return value;
        });
    }

    /** A decimal number. */
    public static final OptionType<Double> NUMBER = of("number", (text, base) -> {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Rejected("a number");
        }
    });

    /** A decimal number from {@code min} to {@code max}. */
    public static OptionType<Double> number(double min, double max) {
        String range = plain(min) + " to " + plain(max);
        return of("number, " + range, (text, base) -> {
            double value = NUMBER.parse(text, base);
            if (!(value >= min && value <= max)) {
                throw new Rejected("a number from " + range);
            }
            return value;
        });
    }

    /** The name the documentation gives the type. */
    public String name() {
        return name;
    }

    /** The value {@code text} (trimmed first) stands for. */
    public T parse(String text, Path baseDirectory) throws Rejected {
        return parser.parse(text.trim(), baseDirectory);
    }

    /** The comma-separated entries of {@code text}, trimmed, without empty ones. */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return List.copyOf(items);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
