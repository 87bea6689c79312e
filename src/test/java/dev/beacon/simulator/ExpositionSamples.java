package dev.beacon.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of a Prometheus text exposition, read independently of the simulator's own writer, so that tests
 * check names, labels and values as a scraper would see them.
 */
public record ExpositionSamples(List<Sample> samples, List<String> comments) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:\\\\.|[^\"\\\\])*)\"");

    public record Sample(String name, Map<String, String> labels, String text) {

        public double value() {
            return switch (text) {
                case "+Inf", "inf" -> Double.POSITIVE_INFINITY;
                case "NaN", "nan" -> Double.NaN;
                default -> Double.parseDouble(text);
            };
        }
    }

    public static ExpositionSamples parse(String text) {
        List<Sample> samples = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.add(line);
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("Not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, sample.group(3)));
        }
        return new ExpositionSamples(samples, comments);
    }

    public List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    public double value(String name) {
        List<Sample> named = named(name);
        if (named.size() != 1) {
            throw new AssertionError("Expected one sample " + name + ", found " + named.size());
        }
        return named.getFirst().value();
    }

    public double sum(String name) {
        return named(name).stream().mapToDouble(Sample::value).sum();
    }

    /** The {@code le} labels of a histogram's buckets, in order. */
    public List<String> bucketBounds(String histogram) {
        return named(histogram + "_bucket").stream().map(sample -> sample.labels().get("le")).toList();
    }
}
