package dev.beacon.telemetry.ingest;

import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.ModelId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the model an item names — by Beacon model id or by the served model name — among the models of
 * the caller's team, and applies the key's limit to one model. Built once per batch.
 */
public final class ModelResolver {

    private final IngestionCaller caller;
    private final Map<ModelId, ModelEntry> byId = new HashMap<>();
    private final Map<String, List<ModelEntry>> byServedName = new HashMap<>();

    public ModelResolver(IngestionCaller caller, List<ModelEntry> teamModels) {
        this.caller = caller;
        for (ModelEntry model : teamModels) {
            byId.put(model.id(), model);
            byServedName.merge(model.servedModelName(), List.of(model),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
    }

    /** The model, or why the reference does not name one the caller may write for. */
    public Resolved resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return Resolved.problem("Name the model: its Beacon id or its served model name");
        }
        String text = reference.strip();
        ModelEntry model = parseId(text).map(byId::get).orElse(null);
        if (model == null) {
            List<ModelEntry> named = byServedName.getOrDefault(text, List.of());
            if (named.size() > 1) {
                return Resolved.problem("Several models of the team serve '" + text + "'; name it by its Beacon model id");
            }
            model = named.isEmpty() ? null : named.getFirst();
        }
        if (model == null) {
            return Resolved.problem("'" + shorten(text) + "' is neither the id nor the served model name of a model of this key's team");
        }
        if (caller.onlyModel().isPresent() && !caller.onlyModel().get().equals(model.id())) {
            return Resolved.problem("This ingestion key may only write telemetry for one other model");
        }
        return new Resolved(model, null);
    }

    public Optional<ModelEntry> byId(ModelId id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static Optional<ModelId> parseId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new ModelId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    /** Either a model or a problem. */
    public record Resolved(ModelEntry model, String problem) {

        static Resolved problem(String message) {
            return new Resolved(null, message);
        }

        public boolean found() {
            return model != null;
        }
    }
}
