package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

import java.util.Optional;

/**
 * Authenticates OTLP/gRPC calls by the ingestion key in the {@code authorization} metadata
 * ({@code Bearer bik_…}), like the HTTP filter chain does for OTLP/HTTP. Calls without a valid key end with
 * UNAUTHENTICATED before any data is read.
 */
class IngestionKeyInterceptor implements ServerInterceptor {

    static final Context.Key<IngestionCaller> CALLER = Context.key("beacon-ingestion-caller");
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final IngestionKeyAuthenticator keys;

    IngestionKeyInterceptor(IngestionKeyAuthenticator keys) {
        this.keys = keys;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Optional<IngestionCaller> caller = IngestionKeyAuthenticator.bearerSecret(headers.get(AUTHORIZATION))
                .flatMap(keys::authenticate);
        if (caller.isEmpty()) {
            call.close(Status.UNAUTHENTICATED.withDescription("Send a valid ingestion key of your team in the authorization "
                    + "metadata: Bearer bik_… (unknown, revoked and expired keys are refused)"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return Contexts.interceptCall(Context.current().withValue(CALLER, caller.get()), call, headers, next);
    }
}
