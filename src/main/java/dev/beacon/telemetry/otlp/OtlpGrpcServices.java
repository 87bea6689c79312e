package dev.beacon.telemetry.otlp;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import dev.beacon.telemetry.ingest.RateLimitedException;
import io.grpc.BindableService;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.MetricsServiceGrpc;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;

import java.util.List;
import java.util.function.Supplier;

/**
 * OTLP/gRPC's TraceService/Export and MetricsService/Export, backed by the same ingestion as OTLP/HTTP.
 * Throttled calls end with RESOURCE_EXHAUSTED and a RetryInfo (which tells OTLP clients to retry after the
 * delay), a briefly unavailable database with UNAVAILABLE (retried too).
 */
final class OtlpGrpcServices {

    private static final Logger log = LoggerFactory.getLogger(OtlpGrpcServices.class);

    private OtlpGrpcServices() {
    }

    static List<BindableService> of(OtlpTraceIngestion traces, OtlpMetricIngestion metrics) {
        return List.of(
                new TraceServiceGrpc.TraceServiceImplBase() {
                    @Override
                    public void export(ExportTraceServiceRequest request, StreamObserver<ExportTraceServiceResponse> response) {
                        answer(response, () -> traces.export(IngestionKeyInterceptor.CALLER.get(), request));
                    }
                },
                new MetricsServiceGrpc.MetricsServiceImplBase() {
                    @Override
                    public void export(ExportMetricsServiceRequest request, StreamObserver<ExportMetricsServiceResponse> response) {
                        answer(response, () -> metrics.export(IngestionKeyInterceptor.CALLER.get(), request));
                    }
                });
    }

    private static <T> void answer(StreamObserver<T> response, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (RateLimitedException e) {
            response.onError(StatusProto.toStatusRuntimeException(Status.newBuilder()
                    .setCode(Code.RESOURCE_EXHAUSTED_VALUE).setMessage(e.getMessage())
                    .addDetails(Any.pack(RetryInfo.newBuilder()
                            .setRetryDelay(Duration.newBuilder().setSeconds(e.retryAfterSeconds())).build()))
                    .build()));
            return;
        } catch (TransientDataAccessException e) {
            log.warn("OTLP data could not be stored for now", e);
            response.onError(io.grpc.Status.UNAVAILABLE.withDescription("Beacon could not store the data just now; retry later")
                    .asRuntimeException());
            return;
        }
        response.onNext(result);
        response.onCompleted();
    }
}
