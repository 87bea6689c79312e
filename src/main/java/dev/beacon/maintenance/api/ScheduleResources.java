package dev.beacon.maintenance.api;

import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recurring schedule in API bodies. */
final class ScheduleResources {

    private ScheduleResources() {
    }

    @Schema(description = "A recurring schedule: either every + unit, or cron (Spring's syntax; five fields get seconds 0), "
            + "in timeZone. Interval schedules count from the last completion, cron schedules keep their calendar.")
    record ScheduleRequest(@Schema(description = "null for team-wide work") UUID modelId,
                           @Schema(example = "30") Integer every,
                           @Schema(description = "DAYS, WEEKS or MONTHS") Unit unit,
                           @Schema(example = "0 9 1 */3 *") String cron,
                           @Schema(example = "Europe/Berlin", description = "defaults to UTC") String timeZone,
                           @Schema(description = "the next ticket opens on this day or later; defaults to today (in timeZone)")
                           LocalDate startDay,
                           TicketType type,
                           @Schema(example = "Security patch review") String title,
                           String description,
                           @Schema(description = "defaults to NORMAL") TicketPriority priority,
                           @Schema(description = "an EDITOR or OWNER of the team, or null") UUID assigneeId,
                           @Schema(description = "0–365; null for no due date", example = "7") Integer dueAfterDays,
                           @Schema(description = "defaults to true") Boolean enabled,
                           @Schema(description = "the version you read; required when updating") Integer version) {

        ScheduleData toData(LocalDate today) {
            var zone = ScheduleRecurrence.zone(timeZone);
            ScheduleRecurrence recurrence = new ScheduleRecurrence(cron == null || cron.isBlank() ? every : null,
                    cron == null || cron.isBlank() ? unit : null, cron, zone);
            return new ScheduleData(modelId == null ? null : new ModelId(modelId), recurrence,
                    startDay == null ? today : startDay, type, title, description,
                    priority == null ? TicketPriority.NORMAL : priority, assigneeId == null ? null : new UserId(assigneeId),
                    dueAfterDays, enabled == null || enabled);
        }
    }

    record ScheduleResource(UUID id, int version, UUID teamId, UUID modelId, String modelName, Integer every, Unit unit,
                            String cron, String timeZone, String repeats, TicketType type, String title, String description,
                            TicketPriority priority, UUID assigneeId, String assigneeName, Integer dueAfterDays,
                            boolean enabled, Instant nextDueAt, Instant lastCompletedAt, UUID openTicketId,
                            String openTicket) {

        static ScheduleResource of(Schedule schedule) {
            ScheduleData data = schedule.data();
            ScheduleRecurrence recurrence = data.recurrence();
            return new ScheduleResource(schedule.id().value(), schedule.version(), schedule.team().value(),
                    data.modelId() == null ? null : data.modelId().value(), schedule.modelName(), recurrence.every(),
                    recurrence.unit(), recurrence.cron(), recurrence.zone().getId(), recurrence.describe(), data.type(),
                    data.title(), data.description(), data.priority(), data.assigneeId() == null ? null : data.assigneeId().value(),
                    schedule.assigneeName(), data.dueAfterDays(), data.enabled(), schedule.nextDueAt(), schedule.lastCompletedAt(),
                    schedule.openTicketId() == null ? null : schedule.openTicketId().value(), schedule.openTicket());
        }
    }
}
