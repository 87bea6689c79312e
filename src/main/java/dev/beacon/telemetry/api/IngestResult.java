package dev.beacon.telemetry.api;

import dev.beacon.telemetry.ingest.IngestReport;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a batch that was stored: everything in it is committed. */
@Schema(description = "The batch is committed: accepted items are stored now, duplicates were stored by an earlier try")
record IngestResult(
        @Schema(description = "Items stored by this request", example = "998")
        int accepted,
        @Schema(description = "Items whose clientEventId was stored before (a retried batch); not counted twice", example = "2")
        int duplicates) {

    static IngestResult of(IngestReport report) {
        return new IngestResult(report.accepted(), report.duplicates());
    }
}
