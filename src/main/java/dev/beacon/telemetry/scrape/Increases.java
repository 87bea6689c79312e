package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.internal.ScrapeBaseline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns cumulative counters and histogram buckets into what was added since the previous scrape, and
 * collects the values the next scrape compares with. A value below the previous one, or a newer
 * OpenMetrics {@code _created} time, means the server restarted: the whole new value is the increase. A
 * series the previous scrape did not see counts from zero only if its {@code _created} time says it began
 * after that scrape; otherwise it is a baseline, as is everything on the very first scrape.
 */
final class Increases {

    private final Map<String, List<Sample>> current;
    private final ScrapeBaseline previous;
    private final Map<String, Double> nextValues = new HashMap<>();
    private final Map<String, Double> nextCreated = new HashMap<>();

    /** @param previous null when there is nothing to compare with (first scrape, or a long gap) */
    Increases(Map<String, List<Sample>> current, ScrapeBaseline previous) {
        this.current = current;
        this.previous = previous;
    }

    boolean has(String name) {
        return current.containsKey(name);
    }

    /** The first of the names the server serves, or null. */
    String firstServed(List<String> names) {
        return names.stream().filter(this::has).findFirst().orElse(null);
    }

    List<Sample> samples(String name) {
        return current.getOrDefault(name, List.of());
    }

    /** The increase of a counter, summed over its series that match the filter. */
    double counter(String name, Predicate<Sample> filter) {
        double sum = 0;
        for (Sample sample : samples(name)) {
            if (!filter.test(sample) || !Double.isFinite(sample.value())) {
                continue;
            }
            Double created = created(createdName(name), sample.labels());
            remember(sample.seriesKey(), sample.value(), created);
            sum += increase(sample.seriesKey(), sample.value(), created, isReset(sample.seriesKey(), sample.value(), created));
        }
        return sum;
    }

    /** One histogram series' observations since the previous scrape, bucket by bucket. */
    record BucketCounts(double lower, double upper, double count) {
    }

    /** A histogram's series (labels other than le) and what each observed since the previous scrape. */
    record HistogramIncrease(List<BucketCounts> buckets, double sum) {
    }

    List<HistogramIncrease> histogram(String name) {
        Map<Map<String, String>, List<Sample>> series = new LinkedHashMap<>();
        for (Sample bucket : samples(name + "_bucket")) {
            Double le = bucket.label("le") == null ? null : SampleLine.number(bucket.label("le"));
            if (le != null && Double.isFinite(bucket.value())) {
                series.computeIfAbsent(withoutLe(bucket.labels()), labels -> new ArrayList<>()).add(bucket);
            }
        }
        List<HistogramIncrease> increases = new ArrayList<>();
        series.forEach((labels, buckets) -> increases.add(histogramSeries(name, labels, buckets)));
        return increases;
    }

    private HistogramIncrease histogramSeries(String name, Map<String, String> labels, List<Sample> buckets) {
        buckets.sort(Comparator.comparingDouble(bucket -> SampleLine.number(bucket.label("le"))));
        Double created = created(name + "_created", labels);
        Sample sum = samples(name + "_sum").stream().filter(s -> s.labels().equals(labels)).findFirst().orElse(null);
        boolean reset = buckets.stream().anyMatch(bucket -> isReset(bucket.seriesKey(), bucket.value(), created))
                || sum != null && isReset(sum.seriesKey(), sum.value(), created);
        List<BucketCounts> counts = new ArrayList<>();
        double lower = 0;
        double cumulativeBefore = 0;
        for (Sample bucket : buckets) {
            double upper = SampleLine.number(bucket.label("le"));
            double cumulative = increase(bucket.seriesKey(), bucket.value(), created, reset);
            remember(bucket.seriesKey(), bucket.value(), created);
            counts.add(new BucketCounts(Math.max(0, lower), upper, Math.max(0, cumulative - cumulativeBefore)));
            cumulativeBefore = Math.max(cumulativeBefore, cumulative);
            lower = upper;
        }
        double sumIncrease = 0;
        if (sum != null && Double.isFinite(sum.value())) {
            sumIncrease = increase(sum.seriesKey(), sum.value(), created, reset);
            remember(sum.seriesKey(), sum.value(), created);
        }
        return new HistogramIncrease(counts, sumIncrease);
    }

    /**
     * What the next scrape compares with. Series this scrape did not see keep their previous values, so a
     * series missing from one answer counts its whole increase when it comes back.
     */
    ScrapeBaseline next(Instant scrapedAt) {
        if (previous != null) {
            previous.values().forEach((key, value) -> {
                if (!nextValues.containsKey(key)) {
                    remember(key, value, previous.created().get(key));
                }
            });
        }
        return new ScrapeBaseline(scrapedAt, Map.copyOf(nextValues), Map.copyOf(nextCreated));
    }

    private boolean isReset(String key, double value, Double created) {
        if (previous == null) {
            return false;
        }
        Double before = previous.values().get(key);
        Double createdBefore = previous.created().get(key);
        return before != null && value < before
                || created != null && createdBefore != null && created > createdBefore;
    }

    private double increase(String key, double value, Double created, boolean reset) {
        if (previous == null) {
            return 0;
        }
        Double before = previous.values().get(key);
        if (before == null) {
            boolean bornSincePreviousScrape = created != null && created * 1000 > previous.scrapedAt().toEpochMilli();
            return bornSincePreviousScrape ? value : 0;
        }
        return reset ? value : value - before;
    }

    private void remember(String key, double value, Double created) {
        nextValues.put(key, value);
        if (created != null) {
            nextCreated.put(key, created);
        }
    }

    private Double created(String createdName, Map<String, String> labels) {
        return samples(createdName).stream()
                .filter(sample -> sample.labels().equals(labels) && Double.isFinite(sample.value()))
                .map(Sample::value)
                .findFirst().orElse(null);
    }

    /** OpenMetrics names a counter's creation time after its family: foo_total → foo_created. */
    private static String createdName(String counter) {
        return (counter.endsWith("_total") ? counter.substring(0, counter.length() - "_total".length()) : counter) + "_created";
    }

    private static Map<String, String> withoutLe(Map<String, String> labels) {
        Map<String, String> rest = new TreeMap<>(labels);
        rest.remove("le");
        return rest;
    }
}
