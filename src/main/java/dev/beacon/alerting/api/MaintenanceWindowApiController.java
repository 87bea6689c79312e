package dev.beacon.alerting.api;

import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.alerting.MaintenanceWindow;
import dev.beacon.alerting.MaintenanceWindowData;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A team's recurring maintenance windows over HTTP, with the rules of {@link MaintenanceWindowService}. */
@RestController
@Tag(name = "Maintenance windows", description = "Recurring times in which a team's or a model's alert notices are muted")
class MaintenanceWindowApiController {

    private final MaintenanceWindowService windows;

    MaintenanceWindowApiController(MaintenanceWindowService windows) {
        this.windows = windows;
    }

    @Schema(description = "A recurring window, read on the wall clock of timeZone: a start in the hour skipped when clocks "
            + "spring forward moves to the first valid time; in the hour repeated when they fall back the first one counts")
    record WindowRequest(@Schema(example = "Patch night") String name,
                         @Schema(description = "null for every model of the team") UUID model,
                         @Schema(description = "WEEKLY or MONTHLY") Recurrence recurrence,
                         @Schema(description = "WEEKLY: e.g. [\"SUNDAY\"]") Set<DayOfWeek> daysOfWeek,
                         @Schema(description = "MONTHLY: 1–31; a month without that day uses its last day") Integer dayOfMonth,
                         @Schema(example = "02:00") LocalTime start,
                         @Schema(description = "1–10,080", example = "120") int durationMinutes,
                         @Schema(example = "Europe/Berlin") String timeZone) {
    }

    record WindowResource(UUID id, int version, String name, UUID model, String modelName, Recurrence recurrence,
                          Set<DayOfWeek> daysOfWeek, Integer dayOfMonth, LocalTime start, int durationMinutes, String timeZone) {

        static WindowResource of(MaintenanceWindow window) {
            MaintenanceWindowData data = window.data();
            return new WindowResource(window.id(), window.version(), data.name(), data.model() == null ? null : data.model().value(),
                    window.modelName(), data.recurrence(), data.daysOfWeek(), data.dayOfMonth(), data.start(),
                    data.durationMinutes(), data.timeZone());
        }
    }

    @GetMapping("/api/v1/teams/{teamId}/maintenance-windows")
    @Operation(summary = "The team's maintenance windows")
    List<WindowResource> list(@PathVariable UUID teamId) {
        return windows.windows(new TeamId(teamId)).stream().map(WindowResource::of).toList();
    }

    @PostMapping("/api/v1/teams/{teamId}/maintenance-windows")
    @Operation(summary = "Adds a maintenance window (EDITOR); 400 names the wrong field")
    ResponseEntity<WindowResource> create(@PathVariable UUID teamId, @RequestBody WindowRequest request) {
        MaintenanceWindow created = windows.create(new TeamId(teamId), new MaintenanceWindowData(request.name(),
                request.model() == null ? null : new ModelId(request.model()), request.recurrence(), request.daysOfWeek(),
                request.dayOfMonth(), request.start(), request.durationMinutes(), request.timeZone()));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + teamId + "/maintenance-windows"))
                .body(WindowResource.of(created));
    }

    @DeleteMapping("/api/v1/maintenance-windows/{id}")
    @Operation(summary = "Deletes a maintenance window (EDITOR); 409 when someone changed it since you read version")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam int version) {
        windows.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
