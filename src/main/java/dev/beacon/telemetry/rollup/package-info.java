/**
 * Rollups: the {@link dev.beacon.telemetry.rollup.Aggregate} every telemetry source contributes per model and
 * minute, and the job that merges contributions into minute, hour and day rollups. Exposed to other modules as
 * the named interface "rollup" so that data made elsewhere (the simulated fleet's history) can be contributed
 * through {@link dev.beacon.telemetry.ingest.IngestionService#contribute}.
 */
@org.springframework.modulith.NamedInterface("rollup")
package dev.beacon.telemetry.rollup;
