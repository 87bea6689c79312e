package dev.beacon.telemetry.otlp;

import org.springframework.stereotype.Component;

import java.util.OptionalInt;

/**
 * The port OTLP/gRPC exporters connect to, for the help Beacon shows people: the one the server listens
 * on (which differs from the configured one when that is 0), else the configured one; none when OTLP/gRPC
 * is switched off.
 */
@Component
public class OtlpGrpcAddress {

    private final OtlpProperties.Grpc settings;
    private final OtlpGrpcServer server;

    OtlpGrpcAddress(OtlpProperties properties, OtlpGrpcServer server) {
        this.settings = properties.grpc();
        this.server = server;
    }

    public OptionalInt port() {
        if (!settings.enabled()) {
            return OptionalInt.empty();
        }
        int listening = server.port();
        return OptionalInt.of(listening > 0 ? listening : settings.port());
    }
}
