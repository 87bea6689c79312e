package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.TelemetryProperties;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The OTLP/gRPC server (default port 4317), started and stopped with the application. Calls run on virtual
 * threads, since ingestion waits for the database. Messages may be as large as an OTLP/HTTP body
 * ({@code beacon.telemetry.max-batch-size}).
 */
@Component
class OtlpGrpcServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OtlpGrpcServer.class);

    private final OtlpProperties.Grpc settings;
    private final int maxMessageBytes;
    private final IngestionKeyInterceptor authentication;
    private final Iterable<BindableService> services;
    private Server server;
    private ExecutorService executor;

    OtlpGrpcServer(OtlpProperties properties, TelemetryProperties telemetry, IngestionKeyAuthenticator keys,
                   OtlpTraceIngestion traces, OtlpMetricIngestion metrics) {
        this.settings = properties.grpc();
        this.maxMessageBytes = Math.toIntExact(telemetry.maxBatchSize().toBytes());
        this.authentication = new IngestionKeyInterceptor(keys);
        this.services = OtlpGrpcServices.of(traces, metrics);
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            log.info("OTLP/gRPC is switched off (beacon.telemetry.otlp.grpc.enabled=false)");
            return;
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        NettyServerBuilder builder = NettyServerBuilder.forPort(settings.port())
                .executor(executor)
                .maxInboundMessageSize(maxMessageBytes);
        services.forEach(service -> builder.addService(ServerInterceptors.intercept(service, authentication)));
        try {
            server = builder.build().start();
        } catch (IOException e) {
            executor.shutdown();
            throw new UncheckedIOException("OTLP/gRPC could not listen on port " + settings.port()
                    + " (set beacon.telemetry.otlp.grpc.port, or beacon.telemetry.otlp.grpc.enabled=false)", e);
        }
        log.info("OTLP/gRPC listening on port {}", server.getPort());
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor.shutdown();
        server = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port it listens on (the chosen one when configured with 0); -1 when not running. */
    synchronized int port() {
        return server == null ? -1 : server.getPort();
    }
}
