package dev.beacon.telemetry.probe;

import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.internal.CheckKind;
import dev.beacon.telemetry.internal.JooqMonitorCheckRepository;
import dev.beacon.telemetry.internal.JooqProbeResultRepository;
import dev.beacon.telemetry.internal.MonitorCheckRow;
import dev.beacon.telemetry.internal.RawTable;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Probes a model server's health and records what it found: a raw probe result, the model's latest probe
 * for its page, and an up/starting/down count in its rollups, all in one transaction. Background work: it
 * checks no user's rights.
 */
@Service
public class ProbeService {

    private static final Logger log = LoggerFactory.getLogger(ProbeService.class);

    private final ProbeCalls calls;
    private final TelemetryPartitions partitions;
    private final JooqProbeResultRepository results;
    private final JooqMonitorCheckRepository checks;
    private final IngestionService ingestion;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProbeService(ProbeCalls calls, TelemetryPartitions partitions, JooqProbeResultRepository results,
                 JooqMonitorCheckRepository checks, IngestionService ingestion, TransactionTemplate transactions, Clock clock) {
        this.calls = calls;
        this.partitions = partitions;
        this.results = results;
        this.checks = checks;
        this.ingestion = ingestion;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ProbeOutcome probe(ModelEntry model) {
        Instant probedAt = clock.instant();
        ProbeOutcome outcome = calls.probe(model);
        partitions.ensureRaw(RawTable.PROBE_RESULT, model.team(), Set.of(LocalDate.ofInstant(probedAt, ZoneOffset.UTC)));
        Aggregate aggregate = new Aggregate();
        aggregate.addProbe(outcome.state());
        try {
            transactions.executeWithoutResult(status -> {
                results.insert(model.team(), model.id(), probedAt, outcome.state(), outcome.latencyMs(), outcome.errorClass(),
                        outcome.detail());
                checks.record(model.id(), CheckKind.PROBE, new MonitorCheckRow(probedAt, outcome.latencyMs(),
                        outcome.state().name(), outcome.errorClass(), outcome.detail()));
                ingestion.contribute(List.of(new Contribution(model.id(), Resolution.MINUTE.bucketOf(probedAt), aggregate)), EventSource.PROBE);
            });
        } catch (DataIntegrityViolationException deletedMeanwhile) {
            log.debug("Model {} was deleted while it was probed", model.id());
        }
        return outcome;
    }
}
