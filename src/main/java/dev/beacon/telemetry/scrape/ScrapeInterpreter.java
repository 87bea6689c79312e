package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.internal.ScrapeBaseline;
import dev.beacon.telemetry.rollup.Aggregate;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one scrape of a model's samples into what it adds to the model's minute: counter increases,
 * per-interval histogram buckets and gauge readings, following each runtime's {@link MetricMapping}.
 * Mappings of all runtimes are applied (their names never overlap), so a server registered as
 * "OpenAI-compatible" that is really vLLM is understood too.
 */
final class ScrapeInterpreter {

    static final List<MetricMapping> MAPPINGS = List.of(VllmMetrics.MAPPING, TgiMetrics.MAPPING, LlamaCppMetrics.MAPPING);

    /**
     * What one scrape says.
     *
     * @param aggregate     what it adds to the model's minute
     * @param next          what the next scrape compares with
     * @param mappedSeries  how many of the model's counters, histograms and gauges Beacon understood; 0 means
     *                      none of the metrics it knows were there
     */
    record Reading(Aggregate aggregate, ScrapeBaseline next, int mappedSeries) {
    }

    private ScrapeInterpreter() {
    }

    /**
     * @param previous      the previous scrape, or null to start counting from this one
     * @param contextWindow the model's context window, for the context-use distribution
     */
    static Reading read(List<Sample> samples, ScrapeBaseline previous, Instant scrapedAt, int contextWindow) {
        Increases increases = new Increases(Exposition.byName(samples), previous);
        Aggregate aggregate = new Aggregate();
        Map<MetricMapping.Figure, Double> figures = new EnumMap<>(MetricMapping.Figure.class);
        int mapped = 0;
        for (MetricMapping mapping : MAPPINGS) {
            mapped += counters(mapping, increases, figures);
            errors(mapping, increases, aggregate);
            mapped += histograms(mapping, increases, aggregate, figures, contextWindow);
            mapped += gauges(mapping, increases, aggregate, scrapedAt.toEpochMilli());
            mapped += throughputs(mapping, increases, aggregate);
        }
        aggregate.addRequestCounts(whole(figures, MetricMapping.Figure.REQUESTS), 0);
        aggregate.addTokens(whole(figures, MetricMapping.Figure.INPUT_TOKENS), whole(figures, MetricMapping.Figure.OUTPUT_TOKENS));
        aggregate.addPreemptions(whole(figures, MetricMapping.Figure.PREEMPTIONS));
        return new Reading(aggregate, increases.next(scrapedAt), mapped);
    }

    private static int counters(MetricMapping mapping, Increases increases, Map<MetricMapping.Figure, Double> figures) {
        int mapped = 0;
        for (MetricMapping.CounterRule rule : mapping.counters()) {
            String name = increases.firstServed(rule.names());
            if (name != null) {
                figures.merge(rule.figure(), increases.counter(name, sample -> true), Double::sum);
                mapped += increases.samples(name).size();
            }
        }
        return mapped;
    }

    private static void errors(MetricMapping mapping, Increases increases, Aggregate aggregate) {
        for (MetricMapping.ErrorRule rule : mapping.errors()) {
            for (Sample sample : increases.samples(rule.name())) {
                String value = sample.label(rule.label());
                String type = value == null ? null : rule.errorTypes().isEmpty() ? value : rule.errorTypes().get(value);
                if (type != null) {
                    long failed = Math.round(increases.counter(rule.name(), s -> s == sample));
                    if (failed > 0) {
                        aggregate.addErrors(type, failed);
                    }
                }
            }
        }
    }

    private static int histograms(MetricMapping mapping, Increases increases, Aggregate aggregate,
                                  Map<MetricMapping.Figure, Double> figures, int contextWindow) {
        int mapped = 0;
        for (MetricMapping.HistogramRule rule : mapping.histograms()) {
            String name = increases.firstServed(rule.names().stream().map(n -> n + "_bucket").toList());
            if (name == null) {
                continue;
            }
            String histogram = name.substring(0, name.length() - "_bucket".length());
            for (Increases.HistogramIncrease series : increases.histogram(histogram)) {
                mapped++;
                if (rule.sumFigure() != null) {
                    figures.merge(rule.sumFigure(), series.sum(), Double::sum);
                }
                if (rule.distribution() != null) {
                    addBuckets(aggregate, rule, series.buckets(), contextWindow);
                }
            }
        }
        return mapped;
    }

    private static void addBuckets(Aggregate aggregate, MetricMapping.HistogramRule rule, List<Increases.BucketCounts> buckets,
                                   int contextWindow) {
        for (Increases.BucketCounts bucket : buckets) {
            if (bucket.count() <= 0) {
                continue;
            }
            double value = Buckets.convert(Buckets.representative(bucket.lower(), bucket.upper()), rule.unit(), contextWindow);
            if (Double.isFinite(value)) {
                aggregate.add(rule.distribution(), value, bucket.count());
                aggregate.markBucketed();
            }
        }
    }

    private static int gauges(MetricMapping mapping, Increases increases, Aggregate aggregate, long atMillis) {
        int mapped = 0;
        for (MetricMapping.GaugeRule rule : mapping.gauges()) {
            String name = increases.firstServed(rule.names());
            if (name == null) {
                continue;
            }
            double[] values = increases.samples(name).stream().mapToDouble(Sample::value).filter(Double::isFinite).toArray();
            if (values.length > 0) {
                double total = Arrays.stream(values).sum();
                aggregate.addGauge(rule.gauge(), rule.average() ? total / values.length : total, atMillis);
                mapped += values.length;
            }
        }
        return mapped;
    }

    /** Throughput over the interval, one reading per scrape: an average, so marked as coarse as buckets. */
    private static int throughputs(MetricMapping mapping, Increases increases, Aggregate aggregate) {
        int mapped = 0;
        for (MetricMapping.ThroughputRule rule : mapping.throughputs()) {
            if (!increases.has(rule.tokens()) || !increases.has(rule.seconds())) {
                continue;
            }
            double tokens = increases.counter(rule.tokens(), sample -> true);
            double seconds = increases.counter(rule.seconds(), sample -> true);
            mapped += increases.samples(rule.seconds()).size();
            if (tokens > 0 && seconds > 0) {
                aggregate.add(rule.distribution(), tokens / seconds);
                aggregate.markBucketed();
            }
        }
        return mapped;
    }

    private static long whole(Map<MetricMapping.Figure, Double> figures, MetricMapping.Figure figure) {
        return Math.round(figures.getOrDefault(figure, 0.0));
    }
}
