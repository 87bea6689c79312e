package dev.beacon.telemetry.scrape;

import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.CheckFailure;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.internal.CheckKind;
import dev.beacon.telemetry.internal.JooqMonitorCheckRepository;
import dev.beacon.telemetry.internal.JooqScrapeBaselineRepository;
import dev.beacon.telemetry.internal.MonitorCheckRow;
import dev.beacon.telemetry.internal.ScrapeBaseline;
import dev.beacon.telemetry.outbound.OutboundFailure;
import dev.beacon.telemetry.outbound.OutboundHttp;
import dev.beacon.telemetry.outbound.OutboundResponse;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scrapes a model server's Prometheus metrics and adds what changed since the previous scrape to the
 * model's rollups. The previous scrape's values live in the database, so any instance can take the next
 * scrape and a restart loses nothing. Background work: it checks no user's rights (the scheduler and
 * tests call it for models from {@code ModelDirectory}).
 */
@Service
public class ScrapeService {

    private static final Logger log = LoggerFactory.getLogger(ScrapeService.class);
    /**
     * After a pause longer than this (or three intervals, if longer), e.g. while Beacon was down, counting
     * starts afresh instead of crediting the current minute with everything since.
     */
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private final OutboundHttp http;
    private final ModelCredentials credentials;
    private final JooqScrapeBaselineRepository baselines;
    private final JooqMonitorCheckRepository checks;
    private final IngestionService ingestion;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScrapeService(OutboundHttp http, ModelCredentials credentials, JooqScrapeBaselineRepository baselines,
                  JooqMonitorCheckRepository checks, IngestionService ingestion, TransactionTemplate transactions, Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.baselines = baselines;
        this.checks = checks;
        this.ingestion = ingestion;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ScrapeResult scrape(ModelEntry model) {
        Instant started = clock.instant();
        OutboundResponse response = http.get(model.effectiveMetricsUrl(), apiKeyFor(model), Duration.ofSeconds(model.scrapeTimeoutSeconds()));
        try {
            if (!response.ok()) {
                return failed(model, started, response.duration(), response.failure().name(), response.detail());
            }
            Exposition exposition = PrometheusText.parse(response.bodyText());
            if (exposition.samples().isEmpty()) {
                return failed(model, started, response.duration(), OutboundFailure.UNPARSEABLE.name(),
                        "No Prometheus samples in the answer");
            }
            return transactions.execute(status -> count(model, started, response.duration(), exposition));
        } catch (DataIntegrityViolationException deletedMeanwhile) {
            log.debug("Model {} was deleted while it was scraped", model.id());
            return new ScrapeResult(ScrapeResult.SKIPPED, null, "The model no longer exists");
        }
    }

    private ScrapeResult count(ModelEntry model, Instant started, Duration took, Exposition exposition) {
        Optional<ScrapeBaseline> stored = baselines.lockAndLoad(model.id());
        if (stored.isPresent() && !stored.get().scrapedAt().isBefore(started)) {
            return new ScrapeResult(ScrapeResult.SKIPPED, null, "A later scrape was counted already");
        }
        ScrapeBaseline previous = stored.filter(baseline -> !tooLongAgo(baseline, model, started)).orElse(null);
        ScrapeInterpreter.Reading reading = ScrapeInterpreter.read(exposition.forModel(model.servedModelName()), previous,
                started, model.contextWindow());
        if (reading.mappedSeries() == 0) {
            return failed(model, started, took, CheckFailure.NO_MATCHING_SERIES.name(), whatIsServed(exposition.modelNames()));
        }
        baselines.save(model.id(), reading.next());
        if (!reading.aggregate().isEmpty()) {
            ingestion.contribute(List.of(new Contribution(model.id(), Resolution.MINUTE.bucketOf(started), reading.aggregate())), EventSource.SCRAPE);
        }
        String outcome = previous == null ? ScrapeResult.BASELINE : ScrapeResult.OK;
        String detail;
        if (previous != null) {
            detail = "Read " + reading.mappedSeries() + " series of this model";
        } else if (stored.isPresent()) {
            detail = "Counting starts again after " + Duration.between(stored.get().scrapedAt(), started).toMinutes()
                    + " minutes without a scrape";
        } else {
            detail = "First scrape: counting starts here";
        }
        if (exposition.skippedLines() > 0) {
            detail += "; skipped " + exposition.skippedLines() + " unreadable line(s)";
        }
        checks.record(model.id(), CheckKind.SCRAPE, new MonitorCheckRow(started, millis(took), outcome, null, detail));
        return new ScrapeResult(outcome, null, detail);
    }

    private ScrapeResult failed(ModelEntry model, Instant started, Duration took, String errorClass, String detail) {
        transactions.executeWithoutResult(status -> checks.record(model.id(), CheckKind.SCRAPE,
                new MonitorCheckRow(started, millis(took), ScrapeResult.FAILED, errorClass, detail)));
        return new ScrapeResult(ScrapeResult.FAILED, errorClass, detail);
    }

    /**
     * The model's API key, when it has one and the metrics live on the endpoint's host: the key belongs to that
     * server, and a metrics URL elsewhere (an exporter, a Prometheus gateway) must not receive it.
     */
    private String apiKeyFor(ModelEntry model) {
        if (!sameHost(model.effectiveMetricsUrl(), model.endpointUrl())) {
            return null;
        }
        return credentials.apiKey(model.id()).orElse(null);
    }

    private static boolean sameHost(String url, String other) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && host.equalsIgnoreCase(URI.create(other.strip()).getHost());
        } catch (IllegalArgumentException notUrl) {
            return false;
        }
    }

    private static boolean tooLongAgo(ScrapeBaseline baseline, ModelEntry model, Instant now) {
        long pauseSeconds = Math.max(LONGEST_PAUSE.toSeconds(), 3L * model.scrapeIntervalSeconds());
        return Duration.between(baseline.scrapedAt(), now).toSeconds() > pauseSeconds;
    }

    private static String whatIsServed(Set<String> modelNames) {
        if (modelNames.isEmpty()) {
            return "No vLLM, TGI or llama.cpp metrics in the answer";
        }
        return "The server labels its metrics for: " + String.join(", ", modelNames.stream().limit(3).toList())
                + (modelNames.size() > 3 ? " and " + (modelNames.size() - 3) + " more" : "");
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
