package dev.beacon.maintenance.api;

import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleId;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.api.ScheduleResources.ScheduleRequest;
import dev.beacon.maintenance.api.ScheduleResources.ScheduleResource;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A team's recurring maintenance schedules over HTTP, with the rules of {@link ScheduleService}. */
@RestController
@Tag(name = "Maintenance schedules", description = "Recurring work that opens a ticket on time, one at a time")
class ScheduleApiController {

    private final ScheduleService schedules;

    ScheduleApiController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/api/v1/teams/{teamId}/maintenance-schedules")
    @Operation(summary = "The team's schedules, the next due first")
    List<ScheduleResource> list(@PathVariable UUID teamId) {
        return schedules.schedulesOf(new TeamId(teamId)).stream().map(ScheduleResource::of).toList();
    }

    @PostMapping("/api/v1/teams/{teamId}/maintenance-schedules")
    @Operation(summary = "Adds a schedule (EDITOR); 400 names the wrong field")
    ResponseEntity<ScheduleResource> create(@PathVariable UUID teamId, @RequestBody ScheduleRequest request) {
        Schedule created = schedules.create(new TeamId(teamId), request.toData(today(request)));
        return ResponseEntity.created(URI.create("/api/v1/maintenance-schedules/" + created.id())).body(ScheduleResource.of(created));
    }

    @GetMapping("/api/v1/maintenance-schedules/{id}")
    @Operation(summary = "One schedule")
    ScheduleResource get(@PathVariable UUID id) {
        return ScheduleResource.of(schedules.get(new ScheduleId(id)));
    }

    @PutMapping("/api/v1/maintenance-schedules/{id}")
    @Operation(summary = "Changes a schedule (EDITOR); 409 when someone changed it since you read version")
    ScheduleResource update(@PathVariable UUID id, @RequestBody ScheduleRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        return ScheduleResource.of(schedules.update(new ScheduleId(id), request.version(), request.toData(today(request))));
    }

    @PostMapping("/api/v1/maintenance-schedules/{id}/skip")
    @Operation(summary = "Skips the next occurrence (EDITOR): no ticket opens for it, the next date moves one step on")
    ScheduleResource skip(@PathVariable UUID id, @RequestParam int version) {
        return ScheduleResource.of(schedules.skip(new ScheduleId(id), version));
    }

    @DeleteMapping("/api/v1/maintenance-schedules/{id}")
    @Operation(summary = "Deletes a schedule (EDITOR); the tickets it opened stay")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam int version) {
        schedules.delete(new ScheduleId(id), version);
        return ResponseEntity.noContent().build();
    }

    private LocalDate today(ScheduleRequest request) {
        return LocalDate.ofInstant(schedules.now(), ScheduleRecurrence.zone(request.timeZone()));
    }
}
