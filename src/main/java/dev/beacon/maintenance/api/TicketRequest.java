package dev.beacon.maintenance.api;

import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of POST /api/v1/teams/{teamId}/tickets. Field rules are those of the tickets (see the error "errors"). */
record TicketRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TicketType type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Patch vLLM to 0.6.4 (CVE-2024-XXXX)") String title,
        @Schema(description = "Up to 10,000 characters") String description,
        @Schema(description = "Defaults to NORMAL") TicketPriority priority,
        @Schema(description = "An EDITOR or OWNER of the team; absent leaves it unassigned") UUID assigneeId,
        @Schema(example = "2026-12-15") LocalDate dueDate,
        @Schema(description = "Lowercase labels, e.g. cve; defaults to none") List<String> labels,
        @Schema(description = "A model of the team; absent for team-wide work") UUID modelId) {

    TicketData toData() {
        return new TicketData(type, title, description == null ? "" : description,
                priority == null ? TicketPriority.NORMAL : priority, assigneeId == null ? null : new UserId(assigneeId),
                dueDate, labels == null ? List.of() : labels, modelId == null ? null : new ModelId(modelId));
    }
}
