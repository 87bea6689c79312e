package dev.beacon.maintenance.api;

import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The body of PATCH /api/v1/tickets/{id}: the fields present are changed, those left out are kept, and
 * {@code null} empties assigneeId, dueDate and modelId. Read from the JSON tree because "left out" and "null"
 * mean different things here.
 */
record TicketPatch(int version, TicketData data, TicketStatus status, String versionLabel) {

    @Schema(name = "TicketPatch", description = "Send only what changes, plus the version you read")
    record Body(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version, TicketType type, String title,
                String description, TicketPriority priority,
                @Schema(description = "null unassigns") UUID assigneeId,
                @Schema(description = "null removes the due date") LocalDate dueDate, List<String> labels,
                @Schema(description = "null makes it team-wide work") UUID modelId,
                @Schema(description = "Moves the ticket; the workflow decides which moves are allowed") TicketStatus status,
                @Schema(description = "The model's new version label, needed to complete a model update or retraining")
                String versionLabel) {
    }

    private static final Set<String> FIELDS = Set.of("version", "type", "title", "description", "priority",
            "assigneeId", "dueDate", "labels", "modelId", "status", "versionLabel");

    static TicketPatch read(JsonNode body, Ticket current) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "Send a JSON object with the fields to change");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "Unknown field; use " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        JsonNode version = body.get("version");
        if (version == null || !version.isInt()) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        TicketData old = current.data();
        TicketData data = new TicketData(
                value(body, "type", old.type(), text -> parse(TicketType.class, "type", text)),
                value(body, "title", old.title(), Function.identity()),
                value(body, "description", old.description(), Function.identity()),
                value(body, "priority", old.priority(), text -> parse(TicketPriority.class, "priority", text)),
                value(body, "assigneeId", old.assigneeId(), text -> new UserId(uuid("assigneeId", text))),
                value(body, "dueDate", old.dueDate(), TicketPatch::date),
                labels(body, old.labels()),
                value(body, "modelId", old.modelId(), text -> new ModelId(uuid("modelId", text))));
        TicketStatus status = value(body, "status", null, text -> parse(TicketStatus.class, "status", text));
        return new TicketPatch(version.intValue(), data, status, value(body, "versionLabel", null, Function.identity()));
    }

    private static <T> T value(JsonNode body, String field, T current, Function<String, T> parser) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidInputException(field, "Send a string");
        }
        return parser.apply(node.stringValue());
    }

    private static List<String> labels(JsonNode body, List<String> current) {
        if (!body.has("labels")) {
            return current;
        }
        JsonNode node = body.get("labels");
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.values().stream().anyMatch(label -> !label.isString())) {
            throw new InvalidInputException("labels", "Send a list of strings");
        }
        List<String> labels = new ArrayList<>();
        node.values().forEach(label -> labels.add(label.stringValue()));
        return labels;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Invalid value '" + text + "'. Use one of: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Invalid id '" + text + "'");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dueDate", "Use a date like 2026-12-31");
        }
    }
}
