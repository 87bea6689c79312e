package dev.beacon.telemetry.otlp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenTelemetry ingestion. OTLP/HTTP is served on Beacon's own port; OTLP/gRPC needs a port of its own.
 *
 * @param grpc the OTLP/gRPC server
 */
@ConfigurationProperties("beacon.telemetry.otlp")
record OtlpProperties(Grpc grpc) {

    OtlpProperties {
        if (grpc == null) grpc = new Grpc(null, null);
    }

    /**
     * @param enabled whether Beacon listens for OTLP/gRPC at all (default true)
     * @param port    where (default 4317, the OTLP/gRPC port; 0 picks a free port, e.g. in tests)
     */
    record Grpc(Boolean enabled, Integer port) {
        Grpc {
            if (enabled == null) enabled = true;
            if (port == null) port = 4317;
        }
    }
}
