package dev.beacon.telemetry.ingest;

import java.util.List;

/**
 * What happened to a batch.
 *
 * @param accepted   items stored now
 * @param duplicates items whose client event id was stored before (a retry); not counted again
 * @param rejected   items refused, with the reason (only where the caller allows a partial success)
 */
public record IngestReport(int accepted, int duplicates, List<IngestionProblem> rejected) {
}
