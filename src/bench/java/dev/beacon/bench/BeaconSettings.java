package dev.beacon.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the benchmarks run Beacon: its production configuration (no profile, background jobs on, durable
 * embedded PostgreSQL), with only these differences — the data directory and a log file in the run's
 * temporary directory (the console stays free for the figures, unless asked otherwise), free ports, and a rate
 * limit per ingestion key far above what the benchmark sends, so that it measures ingestion and not the limiter.
 */
record BeaconSettings(Path dataDirectory, Path logFile, boolean logToConsole) {

    /** Per key; the production default is 50,000 items/s with bursts of 200,000. */
    static final long RATE_LIMIT_ITEMS_PER_SECOND = 10_000_000;

    List<String> arguments() {
        return List.of(
                "--beacon.database.embedded.data-directory=" + dataDirectory,
                "--server.port=0",
                "--beacon.telemetry.otlp.grpc.port=0",
                "--beacon.telemetry.rate-limit.items-per-second=" + RATE_LIMIT_ITEMS_PER_SECOND,
                "--beacon.telemetry.rate-limit.burst=" + RATE_LIMIT_ITEMS_PER_SECOND,
                "--logging.file.name=" + logFile,
                "--logging.threshold.console=" + (logToConsole ? "info" : "off"),
                "--spring.main.banner-mode=off",
                // What the token in the packaged jar says; the build leaves none in target/classes, which the
                // benchmarks run from (with the production bundle the build put there).
                "--vaadin.productionMode=true");
    }
}
