package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.ingest.ModelResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What spans and metric points say about the model they concern and about failures. */
final class GenAiAttributes {

    private static final int MAX_ERROR_TYPE = 64;

    private GenAiAttributes() {
    }

    /**
     * The reference to hand to the {@link ModelResolver}: {@code beacon.model.id} of the span or point, then
     * of the resource, then the response model, then the request model — the first one that names a model
     * of the caller's team. When none does, the first one given, so that the rejection names it; empty when
     * none is given at all.
     */
    static Optional<String> modelReference(OtlpAttributes own, OtlpAttributes resource, ModelResolver models) {
        List<String> candidates = new ArrayList<>(4);
        own.text(GenAiConventions.BEACON_MODEL_ID).ifPresent(candidates::add);
        resource.text(GenAiConventions.BEACON_MODEL_ID).ifPresent(candidates::add);
        own.text(GenAiConventions.RESPONSE_MODEL).ifPresent(candidates::add);
        own.text(GenAiConventions.REQUEST_MODEL).ifPresent(candidates::add);
        return candidates.stream().filter(reference -> models.resolve(reference).found()).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /**
     * An {@code error.type} as Beacon stores error types (lowercase letters, digits, {@code _.:-}, at most 64):
     * the conventions allow anything, e.g. {@code _OTHER} or {@code java.net.SocketTimeoutException}.
     */
    static String errorType(String raw) {
        String type = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.:-]", "_").replaceFirst("^[^a-z0-9]+", "");
        if (type.length() > MAX_ERROR_TYPE) {
            type = type.substring(type.length() - MAX_ERROR_TYPE).replaceFirst("^[^a-z0-9]+", "");
        }
        return type.isEmpty() ? "error" : type;
    }
}
